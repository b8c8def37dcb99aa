import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Api } from '../../shared/ipc/api';
import { fixture } from '../integration/imports/importHelpers';
import { loadRegisterDemo } from './demoSupport';
import { expect, test } from './fixtures';

/** Setup only: imports a shop export with every delivery value mapped to the first courier. */
const importToCourier = (page: Page) =>
  page.evaluate(async () => {
    const api = (window as unknown as { api: Api }).api;
    const unwrap = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    const organisationId = unwrap(await api.settings.get()).currentOrganisationId ?? 0;
    const courier = unwrap(await api.recipients.list({ organisationId, types: ['courier'] })).items[0];
    const chosen = unwrap(await api.imports.chooseFile({ organisationId }));
    const best = chosen?.candidates[0];
    if (!chosen || !best || !courier) throw new Error('setup');
    const setup = { token: chosen.token, organisationId, preset: best.presetId, mapping: best.mapping };
    const wait = async (jobId: string) => {
      for (;;) {
        const status = unwrap(await api.imports.job({ jobId }));
        if (status.state !== 'running') return status;
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const scan = await wait(unwrap(await api.imports.scan(setup)).jobId);
    for (const v of scan.values) {
      const recipientId = v.field === 'delivery' ? courier.id : null;
      unwrap(await api.imports.setAlias({ organisationId, field: v.field, value: v.value, recipientId }));
    }
    const run = await wait(unwrap(await api.imports.start({ ...setup, profileName: '' })).jobId);
    return { state: run.state, courier: courier.legalName };
  });

test('a KG officer prints the notices to subjects about the transfer of their data to a courier and records them sent', async ({
  page,
  harness,
}) => {
  test.setTimeout(180_000);
  await loadRegisterDemo(page);
  harness.dialogs.nextOpen.push(fixture('woocommerce-orders.csv'));
  const setup = await importToCourier(page);
  expect(setup.state).toBe('done');

  await page
    .getByRole('navigation', { name: 'Разделы' })
    .getByRole('button', { name: 'Реестр получателей' })
    .click();
  await page
    .getByRole('table', { name: 'Реестр получателей' })
    .getByRole('button', { name: setup.courier })
    .click();
  const section = page.getByRole('region', {
    name: 'Уведомления субъектам о передаче (постановление № 759)',
  });
  await section.getByLabel('Период с').fill('01.01.2025');
  await section.getByLabel('по', { exact: true }).fill('31.12.2025');
  await section.getByRole('button', { name: 'Подсчитать лиц' }).click();
  await expect(section.getByRole('status')).toContainText('переданы этому получателю за период');
  await section.getByRole('button', { name: 'Сформировать пакет уведомлений' }).click();

  const batch = section.getByRole('region', { name: /^Пакет уведомлений № \d+$/ });
  await batch.getByRole('button', { name: 'Напечатать уведомления' }).click();
  await expect(batch.getByRole('status')).toContainText('Готово:', { timeout: 60_000 });
  const pdf = join(harness.dataDir, 'notices.pdf');
  harness.dialogs.nextSave.push(pdf);
  await batch.getByRole('button', { name: 'Сохранить PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Файл сохранён' }).last()).toBeVisible();
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Уведомление о передаче персональных данных третьему лицу');
  expect(text).toContain(setup.courier);
  expect(text).toContain('№ 759');

  await batch.getByRole('button', { name: 'Отметить отправленными' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Способ уведомления').fill('Заказными письмами');
  await dialog.getByRole('button', { name: 'Отметить отправленными' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Пакет отмечен как отправленный' }).last(),
  ).toBeVisible();
  await expect(section.getByRole('table', { name: 'Пакеты уведомлений о передаче' })).toContainText(
    'Заказными письмами',
  );
});
