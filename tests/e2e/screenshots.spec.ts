import { resolve } from 'node:path';
import { expect, test } from './fixtures';
import { openSubject, seedFamily } from './ledgerSupport';

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

test('README screenshots: the review queue and a subject card explaining its orders', async ({
  page,
  harness,
}) => {
  await seedFamily(page, harness);
  await page.getByRole('button', { name: 'Возможные совпадения' }).click();
  await expect(page.getByRole('list', { name: 'Возможные совпадения для проверки' })).toContainText(
    'Асанова Айгуль',
  );
  await page.screenshot({ path: shot('possible-matches') });

  await page.getByRole('button', { name: 'К списку субъектов' }).click();
  await openSubject(page, 'Киевская', 'Асанов Бакыт');
  await expect(page.getByRole('table', { name: 'Заказы субъекта' })).toContainText('Присоединён по телефону');
  // The app scrolls inside its own pane: a taller window shows the whole card.
  await page.setViewportSize({ width: 1366, height: 1300 });
  await page.screenshot({ path: shot('subject-card') });
  await page.setViewportSize({ width: 1366, height: 768 });

  await page.getByRole('button', { name: 'Разделить…' }).click();
  const split = page.getByRole('dialog', { name: 'Разделить субъекта «Асанов Бакыт»' });
  await split.getByRole('checkbox', { name: /№ 503/ }).check();
  await split.getByRole('checkbox', { name: 'bakyt.new@mail.kg' }).check();
  await page.screenshot({ path: shot('subject-split') });
});
