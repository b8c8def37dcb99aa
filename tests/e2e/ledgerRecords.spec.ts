import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { COURIER, loadDemo, openSection, seedFamily } from './ledgerSupport';

test('a person who wrote in is added by hand, each field checked where it is typed', async ({ page }) => {
  await loadDemo(page);
  await openSection(page, 'Субъекты');
  await page.getByRole('button', { name: 'Добавить субъекта' }).click();
  const dialog = page.getByRole('dialog', { name: 'Новый субъект' });
  await expect(dialog.getByLabel('ФИО')).toBeFocused();
  await dialog.getByLabel('E-mail').fill('zhanna@');
  await dialog.getByRole('button', { name: 'Добавить' }).click();
  await expect(dialog.getByLabel('ФИО')).toHaveAccessibleDescription(/Обязательное поле/);
  await expect(dialog.getByLabel('E-mail')).toHaveAccessibleDescription(
    /Введите корректный адрес электронной почты/,
  );

  // The phone is checked by the main process against the organisation's country, shown at the field.
  await dialog.getByLabel('ФИО').fill('Токтогулова Жанна');
  await dialog.getByLabel('E-mail').fill('zhanna@mail.kg');
  await dialog.getByLabel('Телефон').fill('12');
  await dialog.getByRole('button', { name: 'Добавить' }).click();
  await expect(dialog.getByLabel('Телефон')).toHaveAccessibleDescription(/Не похоже на номер телефона/);
  await dialog.getByLabel('Телефон').fill('0700 555 444');
  await dialog.getByLabel('Примечание').fill('Письмо от 05.12.2026, в выгрузках не найдена');
  await dialog.getByRole('button', { name: 'Добавить' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Токтогулова Жанна' })).toBeVisible();
  const who = page.getByRole('region', { name: 'Субъект', exact: true });
  await expect(who).toContainText('+996 700 555 444');
  await expect(who).toContainText('zhanna@mail.kg');
  await expect(who).toContainText('добавлен вручную · Письмо от 05.12.2026, в выгрузках не найдена');

  // She is in the ledger's search like everyone else.
  await page.getByRole('button', { name: 'К списку субъектов' }).click();
  await page.getByRole('searchbox', { name: 'Поиск' }).fill('0700 555 444');
  const found = page.getByRole('table', { name: 'Субъекты персональных данных' });
  await expect(found).toContainText('Токтогулова Жанна');
  await expect(found).toContainText('добавлен вручную');
});

test('a recipient’s card lists the subjects whose data it received and exports them', async ({
  page,
  harness,
}) => {
  await seedFamily(page, harness);
  await openSection(page, 'Реестр получателей');
  await page
    .getByRole('table', { name: 'Реестр получателей' })
    .getByRole('button', { name: COURIER })
    .click();
  const section = page.getByRole('region', { name: 'Субъекты, чьи данные получены' });
  await expect(section).toContainText('Всего: 4');
  const table = section.getByRole('table', { name: 'Субъекты, чьи данные получены' });
  await expect(table.getByRole('row').filter({ hasText: 'Петрова Мария' })).toContainText(
    'получатель заказа',
  );
  await expect(table.getByRole('row').filter({ hasText: 'Асанов Бакыт' })).toContainText('10.01.2025');

  const saved = join(harness.dataDir, 'courier-subjects.csv');
  harness.dialogs.nextSave.push(saved);
  await section.getByRole('button', { name: 'Экспорт в CSV' }).click();
  await expect(page.getByText(`Файл сохранён: ${saved}`)).toBeVisible();
  const csv = await readFile(saved, 'utf8');
  for (const name of ['Асанов Бакыт', 'Асанова Айгуль', 'Иванов Иван', 'Петрова Мария']) {
    expect(csv).toContain(name);
  }

  // A name leads to the subject's card.
  await table.getByRole('button', { name: 'Петрова Мария' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Петрова Мария' })).toBeVisible();
});
