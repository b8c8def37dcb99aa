import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kgOrganisation, recipientInput } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testContext';
import { fixture, importFile, tableCounts, waitJob } from './importHelpers';

let app: TestApp;
let orgId: number;
let courier: number;
let bank: number;
beforeEach(async () => {
  app = await startTestApp();
  orgId = (await app.ok('organisations:create', kgOrganisation)).id;
  courier = (await app.ok('recipients:create', recipientInput(orgId, { legalName: 'ООО «СДЭК-Глобал»' }))).id;
  bank = (await app.ok('recipients:create', recipientInput(orgId, { legalName: 'Банк', type: 'bank' }))).id;
});
afterEach(async () => app.close());

describe('import wizard channels', () => {
  it('detects a Bitrix cp1251 export, requires a scan and mapped values, then imports through the worker', async () => {
    app.dialogs.nextOpen.push(fixture('bitrix-orders-cp1251.csv'));
    const chosen = await app.ok('imports:chooseFile', { organisationId: orgId });
    expect(chosen).toMatchObject({ encoding: 'cp1251', delimiter: ';', headerLine: 3, format: 'csv' });
    expect(chosen?.candidates[0]?.presetId).toBe('bitrix');
    const setup = {
      token: chosen?.token ?? '',
      organisationId: orgId,
      preset: 'bitrix' as const,
      mapping: chosen?.candidates[0]?.mapping ?? {},
    };

    expect(await app.call('imports:start', { ...setup, profileName: '' })).toMatchObject({
      ok: false,
      error: { message: 'errors.scanFirst' },
    });
    const scan = await waitJob(app, (await app.ok('imports:scan', setup)).jobId);
    expect(scan.state).toBe('done');
    expect(scan.values.map((v) => `${v.field}:${v.value}`)).toEqual(
      expect.arrayContaining(['delivery:СДЭК', 'payment:Банковская карта']),
    );
    expect(await app.call('imports:start', { ...setup, profileName: '' })).toMatchObject({
      ok: false,
      error: { message: 'errors.unmappedValues' },
    });

    for (const v of scan.values) {
      const recipientId = v.value === 'СДЭК' ? courier : v.value === 'Банковская карта' ? bank : null;
      await app.ok('imports:setAlias', {
        organisationId: orgId,
        field: v.field,
        value: v.value,
        recipientId,
      });
    }
    const { jobId } = await app.ok('imports:start', { ...setup, profileName: 'Битрикс, основной магазин' });
    const done = await waitJob(app, jobId);
    expect(done).toMatchObject({ state: 'done', percent: 100 });
    expect(done.counts.imported).toBeGreaterThan(0);

    const [history] = await app.ok('imports:history', { organisationId: orgId });
    expect(history).toMatchObject({
      status: 'completed',
      fileName: 'bitrix-orders-cp1251.csv',
      profileName: 'Битрикс, основной магазин',
      encoding: 'cp1251',
    });
    expect(history?.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(history?.counts.imported).toBe(done.counts.imported);
    // The profile is offered again for a file with the same headers.
    app.dialogs.nextOpen.push(fixture('bitrix-orders-cp1251.csv'));
    expect((await app.ok('imports:chooseFile', { organisationId: orgId }))?.profile?.name).toBe(
      'Битрикс, основной магазин',
    );
  });

  it('answers "who received my data?": the subject card lists recipients with dates and order numbers', async () => {
    await importFile(app, orgId, fixture('bitrix-orders-cp1251.csv'), {
      СДЭК: courier,
      'Банковская карта': bank,
    });
    const found = await app.ok('subjects:list', { organisationId: orgId, search: '916 123-45-67' });
    expect(found.items).toHaveLength(1);
    // The same person by the start of the name, by an e-mail prefix, by the words in another order.
    for (const search of ['иванов ив', 'IVANOV@', 'иванович иван иванов', '4567']) {
      expect(
        (await app.ok('subjects:list', { organisationId: orgId, search })).items.map((s) => s.id),
      ).toEqual([found.items[0]?.id]);
    }
    // Any start of a word works, from two letters; nothing matches what no word starts with.
    expect(
      (await app.ok('subjects:list', { organisationId: orgId, search: 'ив' })).items.length,
    ).toBeGreaterThan(0);
    expect(await app.ok('subjects:list', { organisationId: orgId, search: 'ъь' })).toMatchObject({
      items: [],
    });
    const card = await app.ok('subjects:get', { id: found.items[0]?.id ?? 0 });
    expect(card.fullName).toBe('Иванов Иван Иванович');
    expect(card.emails).toEqual(['ivanov@example.ru']);
    expect(card.phones).toEqual(['+79161234567']);
    expect(card.recipients.map((r) => r.legalName).sort()).toEqual(['Банк', 'ООО «СДЭК-Глобал»']);
    expect(card.recipients[0]?.transfers[0]).toMatchObject({
      orderExternalId: '7001',
      transferredOn: '2025-01-15',
    });
  });

  it('imports the same orders from two overlapping files only once', async () => {
    const a = await importFile(app, orgId, fixture('overlap-a.csv'));
    const b = await importFile(app, orgId, fixture('overlap-b.csv'));
    expect(a.status.counts.imported + b.status.counts.imported).toBe((await tableCounts(app)).orders);
    expect(b.status.counts.duplicates).toBeGreaterThan(0);
    // Duplicates are listed with the order number and line.
    const listed = await app.ok('imports:rejections', { importId: b.status.importId ?? 0, limit: 500 });
    const duplicates = listed.items.filter((r) => r.severity === 'duplicate');
    expect(duplicates).toHaveLength(b.status.counts.duplicates);
    expect(duplicates[0]).toMatchObject({
      reason: 'import.duplicateOrder',
      value: expect.stringMatching(/\S/),
    });
    expect(duplicates[0]?.line).toBeGreaterThan(1);
  });

  it('announces a file imported before, before anything is written, and imports it only when confirmed', async () => {
    const first = await importFile(app, orgId, fixture('overlap-b.csv'));
    const before = await tableCounts(app);
    app.dialogs.nextOpen.push(fixture('overlap-b.csv'));
    const chosen = await app.ok('imports:chooseFile', { organisationId: orgId });
    const best = chosen?.candidates[0];
    const setup = {
      token: chosen?.token ?? '',
      organisationId: orgId,
      preset: best?.presetId ?? 'generic',
      mapping: best?.mapping ?? {},
    };
    const scan = await waitJob(app, (await app.ok('imports:scan', setup)).jobId);
    expect(scan.alreadyImported).toMatchObject({
      importId: first.status.importId,
      fileName: 'overlap-b.csv',
    });
    expect(await app.call('imports:start', { ...setup, profileName: '' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'errors.alreadyImported' },
    });
    expect(await tableCounts(app)).toEqual(before);
    const { jobId } = await app.ok('imports:start', { ...setup, profileName: '', confirmReimport: true });
    const again = await waitJob(app, jobId);
    expect(again.counts).toMatchObject({ imported: 0, subjectsCreated: 0 });
    expect(again.counts.duplicates).toBe(first.status.counts.imported + first.status.counts.duplicates);
  });

  it('groups Shopify line items by order', async () => {
    const { status } = await importFile(app, orgId, fixture('shopify-orders.csv'));
    const orders = await app.ctx.db.all<{ external_id: string }>(
      'SELECT external_id FROM orders ORDER BY external_id',
    );
    expect(new Set(orders.map((o) => o.external_id)).size).toBe(orders.length);
    expect(orders.length).toBe(status.counts.imported);
    expect(status.counts.rowsRead).toBeGreaterThan(orders.length);
  });

  it('reports rejected rows with line, column and reason, and exports the report as CSV', async () => {
    const { status } = await importFile(app, orgId, fixture('broken-rows.csv'));
    expect(status.counts.rejected).toBeGreaterThan(0);
    const [record] = await app.ok('imports:history', { organisationId: orgId });
    const page = await app.ok('imports:rejections', { importId: record?.id ?? 0 });
    expect(page.items.filter((r) => r.severity === 'error').length).toBeGreaterThanOrEqual(
      status.counts.rejected,
    );
    for (const r of page.items) {
      expect(r.line).toBeGreaterThan(1);
      expect(r.reason).toMatch(/^import\./);
    }
    const target = `${app.dir}/rejected.csv`;
    app.dialogs.nextSave.push(target);
    expect(await app.ok('imports:exportRejections', { importId: record?.id ?? 0 })).toEqual({ path: target });
    const { readFile } = await import('node:fs/promises');
    const csv = (await readFile(target)).toString('utf8');
    expect(csv.startsWith('\uFEFFСтрока;Столбец;Причина;Значение;Результат')).toBe(true);
  });

  it('refuses bad files with a clear reason and changes nothing', async () => {
    for (const [name, reason] of [
      ['binary-png.csv', 'import.notText'],
      ['empty.csv', 'import.emptyFile'],
      ['legacy.xls', 'import.xlsNotSupported'],
    ] as const) {
      app.dialogs.nextOpen.push(fixture(name));
      expect(await app.call('imports:chooseFile', { organisationId: orgId })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', message: reason },
      });
    }
    app.dialogs.nextOpen.push(fixture('headers-only.csv'));
    expect(await app.ok('imports:chooseFile', { organisationId: orgId })).toMatchObject({
      headersOnly: true,
      preview: [],
    });
    expect(await tableCounts(app)).toMatchObject({ imports: 0, orders: 0, subjects: 0 });
  });
});
