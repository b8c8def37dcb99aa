import { expect, test } from './fixtures';
import {
  COURIER,
  loadDemo,
  openSection,
  openSubject,
  orderRow,
  seedFamily,
  writeFamilyFile,
} from './ledgerSupport';

test('a shared phone under two names gives two subjects and one possible match; a join by phone is explained; a re-import is warned', async ({
  page,
  harness,
}) => {
  test.setTimeout(120_000);
  await loadDemo(page);
  const file = await writeFamilyFile(harness.dataDir);
  await openSection(page, 'Импорт выгрузок');
  harness.dialogs.nextOpen.push(file);
  await page.getByRole('button', { name: 'Выбрать файл…' }).click();
  await page.getByRole('button', { name: 'Далее', exact: true }).click();
  await expect(page.getByRole('radio', { name: /1С-Битрикс/ })).toBeChecked();
  await page.getByRole('button', { name: 'Далее: проверить значения' }).click();
  const courier = page.getByRole('combobox', { name: 'Кому передаются данные: СДЭК' });
  await expect(courier).toBeVisible({ timeout: 30_000 });
  await courier.selectOption({ label: `${COURIER} — Курьерская служба` });
  await page
    .getByRole('combobox', { name: 'Кому передаются данные: Наличные' })
    .selectOption({ label: 'Нет передачи' });
  await page.getByRole('button', { name: 'Начать импорт' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Импорт завершён' })).toBeVisible({
    timeout: 60_000,
  });

  // The import says there is something to review, instead of merging the couple silently.
  const notice = page.getByRole('status').filter({ hasText: 'возможное совпадение' });
  await expect(notice).toContainText('В учёте 1 открытое возможное совпадение');
  await notice.getByRole('button', { name: 'Проверить совпадения' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Возможные совпадения' })).toBeVisible();
  const queue = page.getByRole('table', { name: 'Возможные совпадения для проверки' });
  await expect(queue.getByRole('row')).toHaveCount(2);
  const pair = queue.getByRole('row').nth(1);
  await expect(pair.getByRole('button', { name: 'Асанова Айгуль' })).toBeVisible();
  await expect(pair.getByRole('button', { name: 'Асанов Бакыт' })).toBeVisible();
  await expect(pair).toContainText(
    'Общий телефон +996 555 123 456, но имена «Асанова Айгуль» и «Асанов Бакыт» несовместимы',
  );
  await expect(pair).toContainText('заказ № 502, «family.csv», строка 4');
  await expect(page.getByText('Пар: 1', { exact: true })).toBeVisible();

  // Two subjects behind the one phone, found by the phone as the officer types it.
  await openSection(page, 'Субъекты');
  await page.getByRole('searchbox', { name: 'Поиск' }).fill('0555 123 456');
  const subjects = page.getByRole('table', { name: 'Субъекты персональных данных' });
  await expect(subjects.getByRole('row')).toHaveCount(3);
  await expect(subjects).toContainText('Асанов Бакыт');
  await expect(subjects).toContainText('Асанова Айгуль');

  // The husband's card: his later order joined by the phone, and the card says so and from where.
  await openSubject(page, '0555 123 456', 'Асанов Бакыт');
  const orders = page.getByRole('table', { name: 'Заказы субъекта' });
  const joined = orderRow(page, '503');
  await expect(joined).toContainText(
    'Присоединён по телефону +996 555 123 456 — совпадает с заказом № 501 (файл «family.csv», строка 2)',
  );
  await expect(orderRow(page, '501')).toContainText('Первый заказ субъекта (создан по этому заказу)');
  await expect(orders).not.toContainText('502');
  await expect(page.getByRole('region', { name: 'Возможные совпадения' })).toContainText('Асанова Айгуль');

  // The same file again: announced before anything is written, and only started on purpose.
  await openSection(page, 'Импорт выгрузок');
  await page.getByRole('button', { name: 'Импортировать другой файл' }).click();
  harness.dialogs.nextOpen.push(file);
  await page.getByRole('button', { name: 'Выбрать файл…' }).click();
  await page.getByRole('button', { name: 'Далее', exact: true }).click();
  await page.getByRole('button', { name: 'Далее: проверить значения' }).click();
  const warning = page.getByRole('alert').filter({ hasText: 'уже импортирован' });
  await expect(warning).toContainText(
    'Этот файл (SHA-256 совпадает) уже импортирован в эту организацию: «family.csv»',
  );
  const start = page.getByRole('button', { name: 'Начать импорт' });
  await expect(start).toBeDisabled();
  await warning.getByRole('checkbox', { name: 'Импортировать ещё раз' }).check();
  await expect(start).toBeEnabled();
});

test('subjects are found by a consignee’s phone, an order number and a word of the address', async ({
  page,
  harness,
}) => {
  await seedFamily(page, harness);
  const search = page.getByRole('searchbox', { name: 'Поиск' });
  const subjects = page.getByRole('table', { name: 'Субъекты персональных данных' });
  const names = () => subjects.getByRole('row').filter({ has: page.getByRole('cell') });

  // The consignee is a person of her own, found by her phone.
  await search.fill('0777 999 888');
  await expect(names()).toHaveCount(1);
  await expect(subjects).toContainText('Петрова Мария');
  await expect(subjects).toContainText('получатель заказа');
  await openSubject(page, '0777 999 888', 'Петрова Мария');
  await expect(orderRow(page, '504')).toContainText('получатель заказа');
  await expect(page.getByRole('region', { name: 'Кому передавались данные' })).toContainText(COURIER);

  // An order number finds the buyer and the consignee of that order.
  await openSection(page, 'Субъекты');
  await search.fill('504');
  await expect(names()).toHaveCount(2);
  await expect(subjects).toContainText('Иванов Иван');
  await expect(subjects).toContainText('Петрова Мария');
  // Three digits are no phone's tail: the hint says so next to the field.
  await expect(
    page.getByText('Телефон ищется по последним 4 и более цифрам; по 1–3 цифрам — только номер заказа'),
  ).toBeVisible();
  // Four are: the husband and the wife share the phone ending in 3456.
  await search.fill('3456');
  await expect(names()).toHaveCount(2);
  await expect(subjects).toContainText('Асанов Бакыт');
  await expect(subjects).toContainText('Асанова Айгуль');

  // A word of an address, as written in the claim.
  await search.fill('Токтогула');
  await expect(names()).toHaveCount(1);
  await expect(subjects).toContainText('Асанова Айгуль');
  await search.fill('Киевская');
  await expect(names()).toHaveCount(1);
  await expect(subjects).toContainText('Асанов Бакыт');

  // The address is shown as written, its line break kept.
  await openSubject(page, 'Киевская', 'Асанов Бакыт');
  const first = orderRow(page, '501');
  await expect(first.getByRole('cell').filter({ hasText: 'Киевская' })).toHaveText(
    /г\. Бишкек, ул\. Киевская, 12\nкв\. 5/,
  );
});
