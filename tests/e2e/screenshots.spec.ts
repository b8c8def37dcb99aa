import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createHandlers } from '../../electron/handlers';
import { dispatch } from '../../electron/ipc/dispatch';
import { breachInput } from '../integration/breachesFixtures';
import { loadRegisterDemo } from './demoSupport';
import { expect, test } from './fixtures';
import { openSubject, seedFamily } from './ledgerSupport';

/** `npm run screenshots` regenerates the README pictures (skipped in `npm test`). */
test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 (npm run screenshots)');

const shot = (name: string) => resolve(__dirname, '../../docs/screenshots', `${name}.png`);

test('README screenshots', async ({ page }) => {
  await loadRegisterDemo(page);
  const nav = page.getByRole('navigation', { name: 'Разделы' });
  await nav.getByRole('button', { name: 'Реестр получателей' }).click();
  await expect(page.getByRole('table', { name: 'Реестр получателей' })).toContainText('ГП «Кыргыз почтасы»');
  await page.screenshot({ path: shot('register') });
});

test("policy screenshots: the clause tree, the facts, the problems list and a new version's changes", async ({
  page,
  harness,
}) => {
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

  // A second version (shorter claim period, banks allowed) as a draft, with a fact stated by hand.
  const handlers = createHandlers(harness.ctx);
  const settings = (await dispatch(handlers, 'settings:get', null)) as {
    value: { currentOrganisationId: number };
  };
  const text = readFileSync(resolve(__dirname, '../../resources/demo-policies/istore-kg.txt'), 'utf8')
    .replace('в течение 30 календарных дней', 'в течение 15 календарных дней')
    .replace('курьерским службам,', 'курьерским службам, банкам,');
  const loaded = (await dispatch(handlers, 'policies:loadText', {
    organisationId: settings.value.currentOrganisationId,
    effectiveDate: '2026-12-01',
    title: 'Политика конфиденциальности',
    text,
  })) as { ok: boolean };
  expect(loaded.ok).toBe(true);
  // Loaded behind the page's back: the page reads the data again.
  await page.reload();
  await nav.getByRole('button', { name: 'Политика' }).click();
  await page.getByRole('button', { name: /^Редакция № 2 от/ }).click();
  await page.getByRole('tab', { name: 'Сведения' }).click();
  const law = page.getByRole('region', { name: 'Применимое право' });
  await law.getByRole('button', { name: /^Исправить/ }).click();
  await page
    .getByRole('dialog')
    .getByLabel('Значение')
    .selectOption({ label: 'Право: Кыргызская Республика' });
  await page.screenshot({ path: shot('policy-fact-dialog') });
  await page.getByRole('dialog').getByRole('button', { name: 'Сохранить сведение' }).click();
  await expect(law).toContainText('Исправлено вручную');
  await law.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('policy-fact-by-hand') });
  await page.getByRole('tab', { name: 'Изменения' }).click();
  await expect(page.getByRole('tabpanel', { name: 'Изменения' })).toContainText('8.2');
  await page.screenshot({ path: shot('policy-changes'), fullPage: true });
});

test('desktop screenshots: global search, an incident with its section strip', async ({ page, harness }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await loadRegisterDemo(page);
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
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: shot('incident-sections-1920') });
});

test('desktop screenshots: start page after the demo, register selection, print preview, audit screen', async ({
  page,
}) => {
  test.slow(); // the full demo imports 3,000 rows through the import workers
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('button', { name: 'Загрузить демонстрационные данные' }).click();
  await expect(page.getByRole('region', { name: /Демонстрационные данные/ })).toBeVisible({
    timeout: 120_000,
  });
  await expect(page.getByRole('region', { name: 'Начало работы' })).toBeVisible();
  const toast = page.getByRole('button', { name: 'Скрыть уведомление' });
  if (await toast.isVisible()) await toast.click();
  await page.screenshot({ path: shot('start-after-demo') });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: shot('start-after-demo-1920') });
  await page.setViewportSize({ width: 1366, height: 768 });

  const nav = page.getByRole('navigation', { name: 'Разделы' });
  await nav.getByRole('button', { name: 'Реестр получателей' }).click();
  const register = page.getByRole('table', { name: 'Реестр получателей' });
  await register.getByRole('checkbox', { name: 'Выбрать «ЗАО «Альфа Телеком»»' }).check();
  await register.getByRole('checkbox', { name: 'Выбрать «ОАО «Оптима Банк»»' }).check();
  await page.screenshot({ path: shot('register-selection') });
  await page.getByRole('button', { name: 'Снять выделение' }).click();

  await page.getByRole('button', { name: 'Предпросмотр' }).click();
  const frame = page.frameLocator('iframe[title^="Предпросмотр:"]');
  await expect(frame.getByText('Реестр получателей персональных данных').first()).toBeVisible();
  await page.screenshot({ path: shot('print-preview') });
  await page.getByRole('button', { name: 'Закрыть' }).click();

  await nav.getByRole('button', { name: 'Журнал изменений' }).click();
  await expect(page.getByRole('heading', { name: 'Журнал изменений', level: 1 })).toBeVisible();
  await page.screenshot({ path: shot('audit') });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: shot('audit-1920') });
  await page.setViewportSize({ width: 1366, height: 768 });

  // The lists on the shared list page, at the narrow width where truncation matters.
  await nav.getByRole('button', { name: 'Обращения' }).click();
  await expect(page.getByRole('table', { name: 'Журнал входящих обращений' })).toBeVisible();
  await page.screenshot({ path: shot('list-inbox') });
  await nav.getByRole('button', { name: 'Субъекты' }).click();
  await expect(page.getByRole('table', { name: 'Субъекты персональных данных' })).toBeVisible();
  await page.screenshot({ path: shot('list-subjects') });
  await nav.getByRole('button', { name: 'Импорт выгрузок', exact: true }).click();
  const history = page.getByRole('table', { name: 'История импортов' });
  await history.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('list-import-history') });
  await nav.getByRole('button', { name: 'Организации' }).click();
  await expect(page.getByRole('table', { name: 'Список организаций' })).toBeVisible();
  await page.screenshot({ path: shot('list-organisations') });
});

test.describe('under an English browser locale', () => {
  test.use({ locale: 'en-US', timezoneId: 'Asia/Bishkek' });
  test('desktop screenshots: the date picker', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await loadRegisterDemo(page);
    await page
      .getByRole('navigation', { name: 'Разделы' })
      .getByRole('button', { name: 'Реестр получателей' })
      .click();
    await page.getByRole('button', { name: 'Добавить получателя' }).first().click();
    const review = page.getByLabel('Дата следующего пересмотра');
    await review.fill('05.03.2027');
    await review.press('Alt+ArrowDown');
    await expect(page.getByRole('dialog', { name: 'Календарь' })).toBeVisible();
    await page.screenshot({ path: shot('date-picker-en-locale') });
  });
});

test('README screenshots: the review queue and a subject card explaining its orders', async ({
  page,
  harness,
}) => {
  await seedFamily(page, harness);
  await page.getByRole('button', { name: 'Возможные совпадения' }).click();
  await expect(page.getByRole('table', { name: 'Возможные совпадения для проверки' })).toContainText(
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
