import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('an officer creates an organisation, enters a recipient, fixes a wrong INN, searches, archives, restores and prints the register', async ({
  page,
  harness,
}) => {
  // First run: the start screen offers to create the first organisation.
  await page.getByRole('button', { name: 'Создать первую организацию' }).click();
  await page.getByLabel('Наименование', { exact: false }).first().fill('Интернет-магазин «Тест-Маркет»');
  await page.getByLabel('Юрисдикция').selectOption('RU');
  await page.getByRole('textbox', { name: 'ИНН', exact: true }).fill('7707083893');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Организация создана' }).last()).toBeVisible();
  await expect(page.getByLabel('Текущая организация')).toContainText('Тест-Маркет');

  // The register is empty; add a recipient.
  await page
    .getByRole('navigation', { name: 'Разделы' })
    .getByRole('button', { name: 'Реестр получателей' })
    .click();
  await expect(page.getByText('В реестре пока нет получателей')).toBeVisible();
  await page.getByRole('button', { name: 'Добавить получателя' }).first().click();
  await page.getByLabel('Тип получателя').selectOption('courier');
  await page.getByLabel('Наименование').fill('ООО «Быстрый Курьер»');
  await page.getByLabel('Страна').selectOption('RU');
  await page.getByRole('textbox', { name: 'ИНН', exact: true }).fill('7707083894'); // wrong check digit
  await page.getByLabel('Цели передачи').fill('Доставка заказов покупателям');
  await page.getByRole('checkbox', { name: 'ФИО' }).check();
  await page.getByRole('checkbox', { name: 'Телефон' }).check();
  await page.getByRole('button', { name: 'Сохранить' }).click();

  // The message is next to the field, in Russian; nothing was saved.
  const inn = page.getByRole('textbox', { name: 'ИНН', exact: true });
  await expect(inn).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: /ИНН/ })).toBeVisible();
  await inn.fill('7736207543');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Получатель добавлен в реестр' }).last(),
  ).toBeVisible();

  // A second recipient, then search finds only the first.
  await page.getByRole('button', { name: 'К реестру' }).click();
  await page.getByRole('button', { name: 'Добавить получателя' }).first().click();
  await page.getByLabel('Тип получателя').selectOption('bank');
  await page.getByLabel('Наименование').fill('АО «Надёжный Банк»');
  await page.getByLabel('Цели передачи').fill('Приём платежей');
  await page.getByRole('checkbox', { name: 'Платёжные данные' }).check();
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Получатель добавлен в реестр' }).last(),
  ).toBeVisible();
  await page.getByRole('button', { name: 'К реестру' }).click();

  const register = page.getByRole('table', { name: 'Реестр получателей' });
  await expect(register.getByRole('row')).toHaveCount(3);
  await page.getByLabel('Поиск').fill('курьер');
  await expect(register.getByRole('row')).toHaveCount(2);
  await expect(register).toContainText('ООО «Быстрый Курьер»');
  await expect(register).not.toContainText('Надёжный');

  // Archive and restore.
  await register.getByRole('button', { name: 'ООО «Быстрый Курьер»' }).click();
  await page.getByRole('button', { name: 'В архив' }).click();
  await page.getByRole('dialog').getByLabel('Причина переноса в архив').fill('Договор расторгнут');
  await page.getByRole('dialog').getByRole('button', { name: 'В архив' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Получатель перенесён в архив' }).last(),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Восстановить из архива' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Восстановить из архива' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Получатель восстановлен из архива' }).last(),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'История изменений' })).toBeVisible();

  // Print the register to PDF and find the recipient in its text.
  await page.getByRole('button', { name: 'К реестру' }).click();
  const pdfPath = join(harness.dataDir, 'register.pdf');
  harness.dialogs.nextSave.push(pdfPath);
  await page.getByRole('button', { name: 'Сохранить PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Файл сохранён' }).last()).toBeVisible();
  const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' })
    .replace(/\u00AD/g, '')
    .replace(/\s+/g, ' ');
  expect(text).toContain('Реестр получателей персональных данных');
  expect(text).toContain('Быстрый Курьер');
  expect(text).toContain('7736207543');
  expect(text).toMatch(/Страница 1 из \d/);
});

test('the demo data loads from the start screen and the problems filter narrows the register', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click();
  // The app opens on «Сроки»; the register is one click away.
  await page
    .getByRole('navigation', { name: 'Разделы' })
    .getByRole('button', { name: 'Реестр получателей' })
    .click();
  const register = page.getByRole('table', { name: 'Реестр получателей' });
  await expect(register).toContainText('ГП «Кыргыз почтасы»');
  const all = await register.getByRole('row').count();
  await page.getByLabel('Только проблемные').check();
  await expect.poll(() => register.getByRole('row').count()).toBeLessThan(all);
  await expect(register).toContainText('Просрочен пересмотр');
});
