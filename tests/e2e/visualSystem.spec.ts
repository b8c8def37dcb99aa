import type { Page } from '@playwright/test';
import { createHandlers } from '../../electron/handlers';
import { dispatch } from '../../electron/ipc/dispatch';
import type { Harness } from './harness/harness';
import { breachInput } from '../integration/breachesFixtures';
import { claimInput } from '../integration/correspondenceFixtures';
import { loadRegisterDemo } from './demoSupport';
import { expect, test } from './fixtures';

/** The glyphs the app once used as icons (issue 13: «☺ for Субъекты»); lucide icons replace them. */
const GLYPH_ICONS = /[⚠◉◔○●✓✔✗✕⊘☺★]/u;

const enter = async (harness: Harness, page: Page) => {
  const handlers = createHandlers(harness.ctx);
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = (await dispatch(handlers, channel as never, input)) as { ok: boolean; value: T };
    expect(result.ok).toBe(true);
    return result.value;
  };
  const { currentOrganisationId } = await call<{ currentOrganisationId: number }>('settings:get', null);
  await call('correspondence:register', claimInput(currentOrganisationId, { receivedDate: '2026-01-12' }));
  const incident = await call<{ number: string }>('breaches:create', breachInput(currentOrganisationId));
  await page.reload();
  return incident;
};

test('status marks are drawn as icons, never as Unicode symbols, and selects are drawn by the app', async ({
  page,
  harness,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await loadRegisterDemo(page);
  const incident = await enter(harness, page);
  const main = page.getByRole('main');
  const nav = page.getByRole('navigation', { name: 'Разделы' });

  // The start page: an overdue claim and a running incident clock.
  const overdue = page.getByRole('region', { name: /Просрочено/ });
  await expect(overdue).toContainText('просрочено на');
  await expect(overdue.locator('svg').first()).toBeVisible();
  expect(await main.innerText()).not.toMatch(GLYPH_ICONS);

  // The inbox: each countdown carries an icon beside its words.
  await nav.getByRole('button', { name: 'Обращения' }).click();
  const inbox = page.getByRole('table', { name: 'Журнал входящих обращений' });
  const countdown = inbox.getByText(/просрочено на/);
  await expect(countdown).toBeVisible();
  await expect(countdown.locator('svg')).toHaveCount(1);
  expect(await main.innerText()).not.toMatch(GLYPH_ICONS);
  const kind = page.getByRole('search').getByLabel('Вид');
  expect(await kind.evaluate((el) => getComputedStyle(el).appearance)).toBe('base-select');

  // The incident: its clocks and the section strip.
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Что найти' }).fill(incident.number);
  await page.getByRole('option', { name: new RegExp(incident.number) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(incident.number);
  await expect(page.getByRole('navigation', { name: 'На этой странице' })).toBeVisible();
  expect(await main.innerText()).not.toMatch(GLYPH_ICONS);
});

test('a notification sits in its own strip below the page and never covers a control', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await loadRegisterDemo(page);
  await page
    .getByRole('navigation', { name: 'Разделы' })
    .getByRole('button', { name: 'Реестр получателей' })
    .click();
  const register = page.getByRole('table', { name: 'Реестр получателей' });
  await register.getByRole('button', { name: 'ОАО «Оптима Банк»' }).click();
  await page.getByRole('button', { name: 'В архив' }).click();
  await page.getByRole('dialog').getByLabel('Причина переноса в архив').fill('Договор расторгнут');
  await page.getByRole('dialog').getByRole('button', { name: 'В архив' }).click();

  const toasts = page.getByRole('region', { name: 'Уведомления' });
  await expect(toasts.getByRole('status')).toContainText('Получатель перенесён в архив');
  const strip = await toasts.boundingBox();
  const content = await page.getByRole('main').boundingBox();
  expect(strip && content).toBeTruthy();
  // Below the scrolling page, not over it: every control of the page stays reachable.
  expect(strip?.y ?? 0).toBeGreaterThanOrEqual((content?.y ?? 0) + (content?.height ?? 0) - 1);
  const restore = page.getByRole('button', { name: 'Восстановить из архива' });
  await restore.click({ trial: true });
  // Closing the notification gives the space back.
  await toasts.getByRole('button', { name: 'Скрыть уведомление' }).click();
  await expect(toasts).toBeHidden();
});

test('a record page offers its next step as the one primary action and groups the other steps in a menu', async ({
  page,
  harness,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await loadRegisterDemo(page);
  const incident = await enter(harness, page);
  await expect(page.getByLabel('Текущая организация')).toContainText('istore.kg');
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Что найти' }).fill(incident.number);
  await page.getByRole('option', { name: new RegExp(incident.number) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(incident.number);

  // Open incident: «Инцидент локализован» is the step it waits for; skipping ahead is in the menu.
  const steps = page.getByRole('group', { name: 'Смена статуса' });
  await expect(steps.getByRole('button')).toHaveText(['Ещё действия', 'Изменить', 'Инцидент локализован']);
  await steps.getByRole('button', { name: 'Ещё действия' }).click();
  await expect(page.getByRole('menuitem')).toHaveText(['Уведомления направлены', 'Закрыть инцидент']);

  // Closing from the menu still asks first, and cancelling keeps the incident open.
  await page.getByRole('menuitem', { name: 'Закрыть инцидент' }).click();
  const confirm = page.getByRole('dialog', { name: `Закрыть инцидент ${incident.number}?` });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Отмена' }).click();
  await expect(confirm).toBeHidden();

  // The primary step moves the incident on; the next one becomes primary.
  await steps.getByRole('button', { name: 'Инцидент локализован' }).click();
  await expect(steps.getByRole('button')).toHaveText(['Ещё действия', 'Изменить', 'Уведомления направлены']);
});
