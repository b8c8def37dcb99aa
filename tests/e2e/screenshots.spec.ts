import { resolve } from 'node:path';
import { createHandlers } from '../../electron/handlers';
import { dispatch } from '../../electron/ipc/dispatch';
import { breachInput } from '../integration/breachesFixtures';
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

test('desktop screenshots: global search, an incident with its section strip', async ({ page, harness }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click();
  await expect(page.getByRole('heading', { name: 'Сроки', level: 1 })).toBeVisible();
  const handlers = createHandlers(harness.ctx);
  const settings = (await dispatch(handlers, 'settings:get', null)) as {
    value: { currentOrganisationId: number };
  };
  const created = (await dispatch(
    handlers,
    'breaches:create',
    breachInput(settings.value.currentOrganisationId),
  )) as { value: { number: string } };

  await page.keyboard.press('Control+k');
  const box = page.getByRole('combobox', { name: 'Что найти' });
  await box.fill('ао');
  await expect(page.getByRole('listbox', { name: 'Найдено' }).getByRole('option').first()).toBeVisible();
  await page.screenshot({ path: shot('global-search') });

  await box.fill(created.value.number);
  await page.getByRole('option', { name: new RegExp(created.value.number) }).click();
  await page
    .getByRole('navigation', { name: 'На этой странице' })
    .getByRole('link', { name: 'Охват: затронутые субъекты' })
    .click();
  await page.screenshot({ path: shot('incident-sections') });
});
