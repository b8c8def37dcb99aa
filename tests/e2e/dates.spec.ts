import { expect, test } from './fixtures';

// An English operating system: the native date input would show mm/dd/yyyy and AM/PM here.
test.use({ locale: 'en-US', timezoneId: 'Asia/Bishkek' });

test('dates are typed and picked as DD.MM.YYYY with 24-hour time under an English browser locale', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click();
  await page
    .getByRole('navigation', { name: 'Разделы' })
    .getByRole('button', { name: 'Реестр получателей' })
    .click();
  await page.getByRole('button', { name: 'Добавить получателя' }).first().click();

  // Typed with a two-digit year and single digits, shown as DD.MM.YYYY once the field is left.
  const review = page.getByLabel('Дата следующего пересмотра');
  await expect(review).toHaveAttribute('placeholder', 'ДД.ММ.ГГГГ');
  await review.fill('5.3.27');
  await review.press('Tab');
  await expect(review).toHaveValue('05.03.2027');

  // A date that does not exist is refused next to the field, in Russian.
  await review.fill('31.02.2027');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(review).toHaveAttribute('aria-invalid', 'true');

  // Picked from the calendar with the keyboard: Alt+↓ opens it on the typed month, arrows move, Enter picks.
  await review.fill('05.03.2027');
  await review.press('Alt+ArrowDown');
  const calendar = page.getByRole('dialog', { name: 'Календарь' });
  await expect(calendar).toBeVisible();
  await expect(calendar.getByRole('grid')).toHaveAccessibleName(/март 2027/i);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(calendar).toBeHidden();
  await expect(review).toHaveValue('06.03.2027');
  await expect(review).toBeFocused();

  // The mouse works too.
  await page
    .getByRole('group', { name: 'Контроль' })
    .getByRole('button', { name: 'Выбрать дату в календаре' })
    .click();
  await calendar.getByRole('button', { name: /10 марта 2027/i }).click();
  await expect(review).toHaveValue('10.03.2027');
  await expect(page.locator('input[type="date"], input[type="datetime-local"]')).toHaveCount(0);

  // In the English UI the calendar speaks English but the format stays DD.MM.YYYY.
  await page.getByRole('group', { name: 'Язык / Language' }).getByRole('button', { name: 'EN' }).click();
  const reviewEn = page.getByLabel('Next review date');
  await expect(reviewEn).toHaveAttribute('placeholder', 'DD.MM.YYYY');
  await expect(reviewEn).toHaveValue('10.03.2027');
  await reviewEn.press('Alt+ArrowDown');
  await expect(page.getByRole('dialog', { name: 'Calendar' }).getByRole('grid')).toHaveAccessibleName(
    /March 2027/,
  );
  await page.keyboard.press('Escape');
  await expect(reviewEn).toBeFocused();
});

test('a breach is detected at a 24-hour time typed without a colon', async ({ page }) => {
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click();
  await page.getByRole('navigation', { name: 'Разделы' }).getByRole('button', { name: 'Инциденты' }).click();
  await page.getByRole('button', { name: 'Зарегистрировать инцидент' }).first().click();
  const detected = page.getByRole('textbox', { name: 'Дата и время выявления инцидента', exact: true });
  await detected.fill('01.12.2026');
  const time = page.getByLabel('Время — Дата и время выявления инцидента');
  await time.fill('2130');
  await time.press('Tab');
  await expect(time).toHaveValue('21:30');
  await expect(detected).toHaveValue('01.12.2026');
});
