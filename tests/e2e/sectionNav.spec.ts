import { createHandlers } from '../../electron/handlers';
import { dispatch } from '../../electron/ipc/dispatch';
import { breachInput } from '../integration/breachesFixtures';
import { expect, test } from './fixtures';
import { loadRegisterDemo } from './demoSupport';

test('a long incident page has a strip of its sections that stays in view and jumps to each', async ({
  page,
  harness,
}) => {
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
  )) as { ok: boolean; value: { number: string } };
  expect(created.ok).toBe(true);

  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Что найти' }).fill(created.value.number);
  await page.getByRole('option', { name: new RegExp(created.value.number) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(created.value.number);

  const strip = page.getByRole('navigation', { name: 'На этой странице' });
  const links = strip.getByRole('link');
  await expect(links.first()).toHaveText('Сроки уведомления');
  await expect(strip.getByRole('link', { name: 'Охват: затронутые субъекты' })).toBeVisible();
  await expect(links.first()).toHaveAttribute('aria-current', 'location');

  // The last section: scrolled to, its heading focused, the strip still on screen and marking it.
  const history = strip.getByRole('link', { name: 'История изменений' });
  await history.click();
  const heading = page.getByRole('heading', { name: 'История изменений', level: 2 });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await expect(strip).toBeInViewport();
  await expect(history).toHaveAttribute('aria-current', 'location');

  // By keyboard: Tab to a link, Enter.
  const scope = strip.getByRole('link', { name: 'Охват: затронутые субъекты' });
  await scope.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Охват: затронутые субъекты', level: 2 })).toBeFocused();
  await expect(scope).toHaveAttribute('aria-current', 'location');

  // At 1920 px the strip is one line: a chosen section still lands just below it and is the one marked.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await strip.getByRole('link', { name: 'Сроки уведомления' }).click();
  await scope.click();
  await expect(scope).toHaveAttribute('aria-current', 'location');
  const stripBox = await strip.boundingBox();
  const headingBox = await page
    .getByRole('heading', { name: 'Охват: затронутые субъекты', level: 2 })
    .boundingBox();
  expect(headingBox?.y ?? 0).toBeGreaterThan((stripBox?.y ?? 0) + (stripBox?.height ?? 0));
  expect(headingBox?.y ?? 0).toBeLessThan((stripBox?.y ?? 0) + (stripBox?.height ?? 0) + 60);
});
