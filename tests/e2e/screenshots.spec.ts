import { resolve } from 'node:path';
import { expect, test } from './fixtures';

/** `npm run screenshots` regenerates the README pictures (skipped in `npm test`). */
test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 (npm run screenshots)');

const shot = (name: string) => resolve(__dirname, '../../docs/screenshots', `${name}.png`);

test('README screenshots', async ({ page }) => {
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click();
  const nav = page.getByRole('navigation', { name: 'Разделы' });
  await nav.getByRole('button', { name: 'Реестр получателей' }).click();
  await expect(page.getByRole('table', { name: 'Реестр получателей' })).toContainText('ГП «Кыргыз почтасы»');
  await page.getByRole('button', { name: 'Скрыть уведомление' }).click();
  await page.screenshot({ path: shot('register') });
});

test('policy screenshots: the clause tree, the facts and the problems list', async ({ page }) => {
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click();
  const nav = page.getByRole('navigation', { name: 'Разделы' });
  await nav.getByRole('button', { name: 'Политика' }).click();
  await page.getByRole('button', { name: /^Редакция № 1 от/ }).click();
  await page
    .getByRole('tree', { name: 'Пункты политики' })
    .getByRole('treeitem')
    .filter({ hasText: 'Получатель претензии' })
    .click();
  await page.getByRole('button', { name: 'Скрыть уведомление' }).click();
  await page.screenshot({ path: shot('policy-clauses') });
  await page.getByRole('tab', { name: 'Сведения' }).click();
  await page.screenshot({ path: shot('policy-facts'), fullPage: true });
  await nav.getByRole('button', { name: 'Реестр получателей' }).click();
  await page.getByLabel('Только проблемные').check();
  await expect(page.getByRole('table', { name: 'Реестр получателей' })).toContainText('Политикой');
  await page.screenshot({ path: shot('register-policy-problems') });
});
