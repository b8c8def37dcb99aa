import { expect, test } from './fixtures';

test('the start page lists the first steps; the responsible person is asked once and signs the audit trail', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click();
  const steps = page.getByRole('region', { name: 'Начало работы' });
  await expect(steps).toContainText('Выполнено 1 из 3');
  await expect(steps.getByRole('listitem').filter({ hasText: 'Первые получатели в реестре' })).toContainText(
    /выполнено.*В реестре \d+ получател/,
  );
  await expect(steps.getByRole('listitem').filter({ hasText: 'Первая выгрузка заказов' })).toContainText(
    'не выполнено',
  );

  // Asked once: refused empty, next to the field; saved; the step is done.
  await steps.getByRole('button', { name: 'Сохранить' }).click();
  await expect(steps.getByRole('alert')).toHaveText('Обязательное поле');
  await steps.getByLabel('ФИО ответственного').fill('Асанова Айгуль Бакытовна');
  await steps.getByRole('button', { name: 'Сохранить' }).click();
  await expect(steps).toContainText('Выполнено 2 из 3');
  await expect(steps).toContainText('В журнал изменений записывается: Асанова Айгуль Бакытовна');

  // The next change is signed with that name.
  await steps.getByRole('button', { name: 'Открыть импорт' }).click();
  await expect(page.getByRole('heading', { name: 'Импорт выгрузок', level: 1 })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Разделы' })
    .getByRole('button', { name: 'Реестр получателей' })
    .click();
  await page.getByRole('button', { name: 'ЗАО «Альфа Телеком»' }).click();
  await page.getByRole('button', { name: 'В архив' }).click();
  await page.getByRole('dialog').getByLabel('Причина переноса в архив').fill('Проверка подписи');
  await page.getByRole('dialog').getByRole('button', { name: 'В архив' }).click();
  await expect(page.getByRole('region', { name: 'История изменений' })).toContainText(
    'Асанова Айгуль Бакытовна',
  );
});
