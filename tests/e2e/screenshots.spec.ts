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
