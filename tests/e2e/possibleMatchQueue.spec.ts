import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { importThroughApi, loadDemo, openSection } from './ledgerSupport';

/** 55 couples sharing a phone (a possible match each); the last 5 share an e-mail instead. */
const writeCouples = async (dir: string) => {
  const rows = [
    'Номер заказа;Дата создания;ФИО;Телефон;E-mail;Адрес доставки;Служба доставки;Платежная система;Получатель;Телефон получателя',
  ];
  for (let i = 1; i <= 55; i += 1) {
    const email = i > 50 ? `family${i}@mail.kg` : '';
    const phone = (n: number) => `0555 ${100000 + i * 2 + n}`;
    rows.push(
      `${1000 + i * 2};10.01.2025 10:00:00;Асанов Бакыт ${i};${phone(0)};${email};г. Бишкек;СДЭК;Наличные;;`,
      `${1001 + i * 2};11.01.2025 10:00:00;Асанова Айгуль ${i};${phone(email ? 1 : 0)};${email};г. Бишкек;СДЭК;Наличные;;`,
    );
  }
  const path = join(dir, 'couples.csv');
  await writeFile(path, rows.join('\r\n'));
  return path;
};

test('the review queue is a paged, filtered table with a total', async ({ page, harness }) => {
  await loadDemo(page);
  harness.dialogs.nextOpen.push(await writeCouples(harness.dataDir));
  expect(await importThroughApi(page)).toBe('done');
  await openSection(page, 'Субъекты');
  await page.getByRole('button', { name: 'Возможные совпадения' }).click();

  const queue = page.getByRole('table', { name: 'Возможные совпадения для проверки' });
  const pager = page.getByRole('navigation', { name: 'Страницы возможных совпадений' });
  await expect(page.getByText('Пар: 55', { exact: true })).toBeVisible();
  await expect(pager).toContainText('1–50 из 55');
  await expect(queue.getByRole('row')).toHaveCount(51);
  await pager.getByRole('button', { name: 'Вперёд' }).click();
  await expect(pager).toContainText('51–55 из 55');
  await expect(queue.getByRole('row')).toHaveCount(6);
  await expect(queue).toContainText('Асанова Айгуль 55');

  // Only the pairs that share an e-mail; the page starts over.
  await page.getByLabel('Общий ключ').selectOption({ label: 'E-mail' });
  await expect(page.getByText('Пар: 5', { exact: true })).toBeVisible();
  await expect(queue.getByRole('row')).toHaveCount(6);
  const first = queue.getByRole('row', { name: /Асанова Айгуль 51/ });
  await expect(first).toContainText('Общий e-mail family51@mail.kg');
  await first.getByRole('button', { name: 'Объединить' }).click();
  await page.getByRole('dialog', { name: 'Объединить' }).getByRole('button', { name: 'Объединить' }).click();
  await expect(page.getByText('Субъекты объединены')).toBeVisible();
  await expect(page.getByText('Пар: 4', { exact: true })).toBeVisible();

  // The decided pair is listed under its state, without the buttons.
  await page.getByLabel('Состояние').selectOption({ label: 'Объединены' });
  await expect(page.getByText('Пар: 1', { exact: true })).toBeVisible();
  const merged = queue.getByRole('row', { name: /Асанова Айгуль 51/ });
  await expect(merged).toContainText('Объединены');
  await expect(merged.getByRole('button', { name: 'Объединить' })).toHaveCount(0);
  await page.getByLabel('Общий ключ').selectOption({ label: 'Телефон' });
  await expect(page.getByText('Пар с такими условиями нет.')).toBeVisible();
});
