import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const openRegister = async (page: Page) => {
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click();
  await page
    .getByRole('navigation', { name: 'Разделы' })
    .getByRole('button', { name: 'Реестр получателей' })
    .click();
  const register = page.getByRole('table', { name: 'Реестр получателей' });
  await expect(register).toContainText('ЗАО «Альфа Телеком»');
  return register;
};

const isoOf = (ddmmyyyy: string) => ddmmyyyy.split('.').reverse().join('-');

test('the review-due filter keeps the recipients whose review falls within 30 days or has passed', async ({
  page,
}) => {
  const register = await openRegister(page);
  const all = await register.getByRole('row').count();
  await page.getByLabel('Пересмотр в ближайшие 30 дней').check();
  await expect.poll(() => register.getByRole('row').count()).toBeLessThan(all);
  const horizon = new Date();
  horizon.setDate(horizon.getDate() + 30);
  const limit = horizon.toISOString().slice(0, 10);
  const dates = await register
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => (row.textContent ?? '').match(/\d{2}\.\d{2}\.\d{4}/)?.[0] ?? ''),
    );
  expect(dates.length).toBeGreaterThan(0);
  for (const date of dates) expect(isoOf(date) <= limit).toBe(true);
});

test('bulk actions on selected rows: review date, export of the selection, archive with a reason', async ({
  page,
  harness,
}) => {
  const register = await openRegister(page);
  const bar = page.getByRole('toolbar', { name: 'Действия с выбранными' });
  await expect(bar).toBeHidden();
  await register.getByRole('checkbox', { name: 'Выбрать «ЗАО «Альфа Телеком»»' }).check();
  await register.getByRole('checkbox', { name: 'Выбрать «ОАО «Оптима Банк»»' }).check();
  await expect(bar).toContainText('Выбрано 2 получателя');

  // One review date for both: refused empty (next to the field), then set and audited.
  await bar.getByRole('button', { name: 'Назначить дату пересмотра' }).click();
  const dateDialog = page.getByRole('dialog', { name: 'Дата пересмотра для выбранных' });
  await dateDialog.getByRole('button', { name: 'Назначить дату пересмотра' }).click();
  await expect(dateDialog.getByRole('alert')).toHaveText('Обязательное поле');
  await dateDialog.getByRole('textbox', { name: 'Дата пересмотра' }).fill('01.03.2027');
  await dateDialog.getByRole('button', { name: 'Назначить дату пересмотра' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Изменено 2 получателя' }).last()).toBeVisible();
  await expect(bar).toBeHidden();
  for (const name of ['ЗАО «Альфа Телеком»', 'ОАО «Оптима Банк»'])
    await expect(register.getByRole('row').filter({ hasText: name })).toContainText('01.03.2027');

  // Export only the selection.
  await register.getByRole('checkbox', { name: 'Выбрать «ОАО «Оптима Банк»»' }).check();
  const csvPath = join(harness.dataDir, 'selection.csv');
  harness.dialogs.nextSave.push(csvPath);
  await bar.getByRole('button', { name: 'Экспорт выбранных в CSV' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Файл сохранён' }).last()).toBeVisible();
  const csv = await readFile(csvPath, 'utf8');
  expect(csv).toContain('ОАО «Оптима Банк»');
  expect(csv).not.toContain('ЗАО «Альфа Телеком»');

  // Archive both with one reason: the reason is required.
  await register.getByRole('checkbox', { name: 'Выбрать «ЗАО «Альфа Телеком»»' }).check();
  await bar.getByRole('button', { name: 'В архив' }).click();
  const archiveDialog = page.getByRole('dialog', { name: 'Перенести выбранных в архив' });
  await archiveDialog.getByRole('button', { name: 'В архив' }).click();
  await expect(archiveDialog.getByRole('alert')).toHaveText('Обязательное поле');
  await archiveDialog.getByLabel('Причина переноса в архив').fill('Договоры расторгнуты с 01.12.2026');
  await archiveDialog.getByRole('button', { name: 'В архив' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Изменено 2 получателя' }).last()).toBeVisible();
  await expect(register).not.toContainText('ЗАО «Альфа Телеком»');

  // The archive view marks the rows, shows the reason and raises no problems; nothing to select there.
  await page.getByLabel('Показать архив').check();
  const archived = register.getByRole('row').filter({ hasText: 'ЗАО «Альфа Телеком»' });
  await expect(archived).toContainText('В архиве');
  await expect(archived).toContainText('Договоры расторгнуты с 01.12.2026');
  await expect(register.getByRole('checkbox')).toHaveCount(0);
  await page.getByLabel('Только проблемные').check();
  await expect(page.getByRole('table', { name: 'Реестр получателей' })).toBeHidden();

  // The card says why.
  await page.getByLabel('Только проблемные').uncheck();
  await register.getByRole('button', { name: 'ЗАО «Альфа Телеком»' }).click();
  await expect(page.getByText(/Причина: Договоры расторгнуты с 01\.12\.2026/)).toBeVisible();
});
