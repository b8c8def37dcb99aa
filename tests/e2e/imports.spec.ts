import type { Locator, Page } from '@playwright/test';
import { writeBigBitrixFile } from '../integration/imports/importHelpers';
import { expect, test } from './fixtures';

const openSection = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Разделы' }).getByRole('button', { name, exact: true }).click();

const recipientFor = (page: Page, value: string) =>
  page.getByRole('combobox', { name: `Кому передаются данные: ${value}` });

/** The label of the chosen option (a select's value is an internal id). */
const chosenLabel = (select: Locator) =>
  select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text);

/** Loads the demo shops and walks the wizard up to the delivery/payment values of `file`. */
const prepareImport = async (page: Page, dialogs: { nextOpen: (string | null)[] }, file: string) => {
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click();
  await expect(page.getByLabel('Текущая организация')).toContainText('istore.kg');
  await openSection(page, 'Импорт выгрузок');
  dialogs.nextOpen.push(file);
  await page.getByRole('button', { name: 'Выбрать файл…' }).click();
};

test('an officer imports a shop export through the wizard and sees who received a buyer’s data', async ({
  page,
  harness,
}) => {
  test.setTimeout(240_000);
  const file = await writeBigBitrixFile(harness.dataDir, 30_000);
  await prepareImport(page, harness.dialogs, file);

  // Step 1: what was detected in the file.
  await expect(page.getByLabel('Кодировка')).toHaveValue('cp1251');
  await expect(page.getByText('точка с запятой (;)')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Предпросмотр файла' })).toContainText('Покупатель 0');
  await page.getByRole('button', { name: 'Далее', exact: true }).click();

  // Step 2: the Bitrix preset is recognised and maps the columns by name.
  await expect(page.getByRole('radio', { name: /1С-Битрикс/ })).toBeChecked();
  await expect(page.getByLabel('№ заказа')).toHaveValue('Номер заказа');
  await expect(page.getByLabel('Служба доставки')).toHaveValue('Служба доставки');
  await page.getByLabel('Сохранить сопоставление как профиль').fill('Битрикс, основной магазин');
  await page.getByRole('button', { name: 'Далее: проверить значения' }).click();

  // Step 3: every delivery and payment value must be mapped before the import can start.
  const delivery = recipientFor(page, 'СДЭК');
  await expect(delivery).toBeVisible({ timeout: 60_000 });
  const start = page.getByRole('button', { name: 'Начать импорт' });
  await expect(start).toBeDisabled();
  await delivery.selectOption({ label: 'ОсОО «Экспресс Доставка КГ» — Курьерская служба' });
  await expect(start).toBeDisabled();

  // The payment method goes to a recipient created from the wizard with the register's form.
  await recipientFor(page, 'Банковская карта').selectOption({ label: 'Создать получателя…' });
  const dialog = page.getByRole('dialog', { name: 'Новый получатель: Банковская карта' });
  await expect(dialog.getByLabel('Наименование')).toHaveValue('Банковская карта');
  await dialog.getByLabel('Наименование').fill('ОАО «Банк Карт»');
  await dialog.getByLabel('Тип получателя').selectOption('bank');
  await dialog.getByLabel('Цели передачи').fill('Приём платежей по банковским картам');
  await dialog.getByRole('checkbox', { name: 'Платёжные данные' }).check();
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => chosenLabel(recipientFor(page, 'Банковская карта'))).toMatch(/^ОАО «Банк Карт»/);
  await expect(start).toBeEnabled();
  await start.click();

  // Step 4: a real progress bar; leaving the page and coming back shows the same import.
  const progress = page.getByRole('progressbar', { name: 'Ход импорта' });
  await expect(progress).toBeVisible();
  await openSection(page, 'Субъекты');
  await openSection(page, 'Импорт выгрузок');
  await expect(progress).toBeVisible();
  const seen = new Set<number>();
  await expect
    .poll(
      async () => {
        const value = Number(await progress.getAttribute('aria-valuenow'));
        seen.add(value);
        return value;
      },
      { timeout: 180_000, intervals: [100] },
    )
    .toBe(100);
  expect([...seen].some((v) => v > 0 && v < 100)).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: 'Импорт завершён' })).toBeVisible();
  await expect(page.getByLabel('Итоги импорта')).toContainText(/Загружено заказов\s*30\s000/);

  const history = page.getByRole('table', { name: 'История импортов' });
  await expect(history).toContainText('big-30000.csv');
  await expect(history).toContainText('Битрикс, основной магазин');
  await expect(history).toContainText('Завершён');

  // The subjects ledger: search and the card answers «who received my data?».
  await openSection(page, 'Субъекты');
  const search = page.getByRole('searchbox', { name: 'Поиск' });
  await search.fill('buyer12345@example.kg');
  const subjects = page.getByRole('table', { name: 'Субъекты персональных данных' });
  await expect(subjects.getByRole('row')).toHaveCount(2, { timeout: 90_000 });
  await subjects.getByRole('button', { name: 'Покупатель 12345' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Покупатель 12345' })).toBeVisible();
  const received = page.getByRole('region', { name: 'Кому передавались данные' });
  await expect(received).toContainText('ОсОО «Экспресс Доставка КГ»');
  await expect(received).toContainText('ОАО «Банк Карт»');
  const courier = received.getByRole('table', { name: 'Передачи: ОсОО «Экспресс Доставка КГ»' });
  await expect(courier).toContainText('912345');
  await expect(courier).toContainText('15.01.2025');
  await expect(courier).toContainText('доставка');
  const bank = received.getByRole('table', { name: 'Передачи: ОАО «Банк Карт»' });
  await expect(bank).toContainText('912345');
  await expect(bank).toContainText('оплата');
});

test('cancelling a running import leaves no import in the history and no subjects', async ({
  page,
  harness,
}) => {
  test.setTimeout(240_000);
  const file = await writeBigBitrixFile(harness.dataDir, 150_000);
  await prepareImport(page, harness.dialogs, file);
  await page.getByRole('button', { name: 'Далее', exact: true }).click();
  await page.getByRole('button', { name: 'Далее: проверить значения' }).click();
  await expect(recipientFor(page, 'СДЭК')).toBeVisible({ timeout: 120_000 });
  await recipientFor(page, 'СДЭК').selectOption({ label: 'Нет передачи' });
  await recipientFor(page, 'Банковская карта').selectOption({ label: 'Нет передачи' });
  await page.getByRole('button', { name: 'Начать импорт' }).click();

  const progress = page.getByRole('progressbar', { name: 'Ход импорта' });
  await expect
    .poll(async () => Number(await progress.getAttribute('aria-valuenow')), { timeout: 60_000 })
    .toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Отменить импорт' }).click();
  await page
    .getByRole('dialog', { name: 'Отменить импорт?' })
    .getByRole('button', { name: 'Отменить импорт' })
    .click();

  await expect(
    page.getByRole('status').filter({ hasText: 'Импорт отменён, данные не изменены' }),
  ).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('Импортов пока не было.')).toBeVisible();
  await openSection(page, 'Субъекты');
  await expect(page.getByRole('heading', { name: 'Субъектов пока нет' })).toBeVisible();
});
