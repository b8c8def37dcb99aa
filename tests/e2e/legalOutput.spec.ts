import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const openSection = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Разделы' }).getByRole('button', { name, exact: true }).click();

/** The date (DD.MM.YYYY) and time (HH:MM) in Moscow, `hours` ago. */
const moscowHoursAgo = (hours: number): { date: string; time: string } => {
  const iso = new Date(Date.now() - hours * 3_600_000 + 3 * 3_600_000).toISOString();
  return { date: `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`, time: iso.slice(11, 16) };
};

/** A date-and-time field: the date box and its «Время — …» box. */
const fillInstant = async (page: Page, label: string, at: { date: string; time: string }) => {
  await page.getByRole('textbox', { name: label, exact: true }).fill(at.date);
  await page.getByLabel(`Время — ${label}`).fill(at.time);
};

test('«Сроки» counts a missed Roskomnadzor clock as overdue and badges the sections', async ({ page }) => {
  await page.getByRole('button', { name: 'Создать первую организацию' }).click();
  await page.getByLabel('Наименование', { exact: false }).first().fill('Интернет-магазин «Тест-Маркет»');
  await page.getByLabel('Юрисдикция').selectOption('RU');
  await page.getByRole('textbox', { name: 'ИНН', exact: true }).fill('7707083893');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Организация создана' }).last()).toBeVisible();

  // Detected 30 hours ago: the 24-hour notice to Roskomnadzor is already missed.
  await openSection(page, 'Инциденты');
  await page.getByRole('button', { name: 'Зарегистрировать инцидент' }).first().click();
  await expect(page.getByText(/С этого момента идут сроки уведомления: РФ — 24 ч и 72 ч/)).toBeVisible();
  await fillInstant(page, 'Дата и время выявления инцидента', moscowHoursAgo(30));
  await fillInstant(page, 'Когда стало известно о нарушении (для GDPR)', moscowHoursAgo(30));
  await page.getByLabel('Кто обнаружил').fill('Администратор сайта');
  await page.getByLabel('Описание инцидента').fill('Выгрузка заказов оказалась в открытом доступе');
  await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Инцидент ИНЦ-1\// })).toBeVisible();

  await openSection(page, 'Сроки');
  const counters = page.getByRole('list', { name: 'Сводка сроков' });
  await expect(counters.getByRole('listitem').filter({ hasText: 'Просрочено' })).toContainText('1');
  const overdue = page.getByRole('region', { name: /^Просрочено/ });
  await expect(overdue.getByRole('button', { name: /ИНЦ-1\/\d{4}.*Уведомление об инциденте/ })).toBeVisible();
  await expect(overdue).toContainText('Роскомнадзор: Уведомление Роскомнадзора об инциденте');
  await expect(overdue).toContainText(/просрочено на \d+ ч/);
  // The 72-hour clock still runs and is listed among this week's deadlines.
  await expect(page.getByRole('region', { name: /^На этой неделе/ })).toContainText(
    'Уведомление Роскомнадзора о результатах внутреннего расследования',
  );
  // The sidebar badges «Сроки» and «Инциденты» with the overdue count (the name stays the section's).
  const nav = page.getByRole('navigation', { name: 'Разделы' });
  await expect(nav.getByRole('button', { name: 'Инциденты', exact: true })).toHaveAccessibleDescription(
    '1 просрочен',
  );
  await expect(nav.getByRole('button', { name: 'Сроки', exact: true })).toHaveAccessibleDescription(
    '1 просрочен',
  );
});

test('a KG organisation’s recipient form asks a processor for the clauses of Law 58 only', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click();
  await expect(page.getByLabel('Текущая организация')).toContainText('istore.kg');
  await openSection(page, 'Реестр получателей');
  await page.getByRole('button', { name: 'Добавить получателя' }).first().click();
  await page.getByLabel('Тип получателя').selectOption('courier');
  await page.getByLabel('Наименование').fill('ОсОО «Быстрая доставка»');
  await page.getByLabel('Цели передачи').fill('Доставка заказов покупателям');
  await page.getByRole('checkbox', { name: 'ФИО' }).check();

  // A processor: the clauses of the organisation's law (KG), never the Russian localisation clause.
  const clauses = page.getByRole('group', {
    name: 'Условия договора с обработчиком (ст. 17 Закона КР № 58)',
  });
  await expect(clauses.getByRole('checkbox')).toHaveCount(3);
  await expect(clauses).toContainText('Гарантии технических мер безопасности обработки');
  await expect(clauses).toContainText('ст. 17 п. «в»');
  await expect(page.getByText(/локализации баз данных в Российской Федерации/)).toHaveCount(0);

  // An independent operator gets no instruction checklist at all.
  await page.getByLabel('Роль получателя').selectOption('independent');
  await expect(clauses).toHaveCount(0);
  await expect(page.getByText(/Поручение требуется только обработчику/)).toBeVisible();

  // Back to a processor with a contract that has 1 of the 3 clauses: a register problem.
  await page.getByLabel('Роль получателя').selectOption('processor');
  await page.getByLabel('Номер договора (поручения)').fill('Д-15');
  await page.getByLabel('Дата договора (поручения)').fill('10.01.2026');
  await clauses.getByRole('checkbox', { name: /Гарантии технических мер безопасности/ }).check();
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Получатель добавлен в реестр' }).last(),
  ).toBeVisible();
  await expect(page.getByText('В поручении не хватает обязательных условий').first()).toBeVisible();
  const card = page.getByRole('region', { name: 'Договор (поручение)' });
  await expect(card).toContainText('Условия договора с обработчиком (ст. 17 Закона КР № 58)');
  await expect(card.getByRole('listitem')).toHaveCount(3);
});
