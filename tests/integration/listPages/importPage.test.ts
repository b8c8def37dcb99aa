import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertImport } from '../../../electron/db/repositories/importRepository';
import { kgOrganisation } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testContext';
import { fixture, importFile } from '../imports/importHelpers';

let app: TestApp;
let orgId: number;
let dir: string;
beforeEach(async () => {
  app = await startTestApp();
  orgId = (await app.ok('organisations:create', kgOrganisation)).id;
  dir = await mkdtemp(join(tmpdir(), 'cd-import-page-'));
});
afterEach(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

/** An import that has started and not ended, written as the import service writes it. */
const started = (fileName: string, organisationId = orgId) =>
  insertImport(app.ctx.db, {
    organisationId,
    fileName,
    fileSha256: 'a'.repeat(64),
    fileSize: 2048,
    profileId: null,
    preset: 'shopify',
    source: 'shopify',
    encoding: 'utf8',
    startedAt: new Date().toISOString(),
    actorOs: 'officer',
    actorPerson: '',
  });

/** Imports the Shopify fixture under `name` (a re-import of the same bytes, confirmed). */
const importAs = async (name: string, organisationId = orgId) => {
  const path = join(dir, name);
  await copyFile(fixture('shopify-orders.csv'), path);
  const { status } = await importFile(app, organisationId, path, {}, { confirmReimport: true });
  expect(status.state).toBe('done');
  return status.importId ?? 0;
};

describe('import history page', () => {
  it('pages, narrows to a state and finds by file name, newest first, one organisation only', async () => {
    const other = (await app.ok('organisations:create', { ...kgOrganisation, name: 'Другой магазин' })).id;
    // An import still running (started as the import service starts one), two real ones, one undone.
    await started('march_orders.csv');
    const april = await importAs('april-orders.csv');
    await importAs('may-orders.csv');
    await started('other-shop.csv', other);
    await app.ok('imports:undo', { importId: april });

    const first = await app.ok('imports:page', { organisationId: orgId, limit: 2 });
    expect(first.items.map((r) => r.fileName)).toEqual(['may-orders.csv', 'april-orders.csv']);
    expect(first).toMatchObject({ total: 3, offset: 0, limit: 2 });
    const second = await app.ok('imports:page', { organisationId: orgId, offset: 2, limit: 2 });
    expect(second.items.map((r) => r.fileName)).toEqual(['march_orders.csv']);

    const undone = await app.ok('imports:page', { organisationId: orgId, status: 'undone' });
    expect(undone.items.map((r) => [r.fileName, r.status])).toEqual([['april-orders.csv', 'undone']]);
    const completed = await app.ok('imports:page', { organisationId: orgId, status: 'completed' });
    expect(completed.items.map((r) => r.fileName)).toEqual(['may-orders.csv']);
    expect(completed.total).toBe(1);
    const running = await app.ok('imports:page', { organisationId: orgId, status: 'running' });
    expect(running.items.map((r) => r.fileName)).toEqual(['march_orders.csv']);
    expect((await app.ok('imports:page', { organisationId: orgId, status: 'failed' })).total).toBe(0);

    const found = await app.ok('imports:page', { organisationId: orgId, search: 'ORDERS' });
    expect(found.items.map((r) => r.fileName)).toEqual([
      'may-orders.csv',
      'april-orders.csv',
      'march_orders.csv',
    ]);
    // «_» is a character of the name, not a LIKE wildcard.
    const underscore = await app.ok('imports:page', { organisationId: orgId, search: 'h_o' });
    expect(underscore.items.map((r) => r.fileName)).toEqual(['march_orders.csv']);
    expect((await app.ok('imports:page', { organisationId: orgId, search: 'h-o' })).total).toBe(0);

    // The page carries the same records as the whole history.
    const history = await app.ok('imports:history', { organisationId: orgId });
    expect((await app.ok('imports:page', { organisationId: orgId })).items).toEqual(history);
  });

  it('refuses an unknown state and a malformed page', async () => {
    expect(await app.call('imports:page', { organisationId: orgId, status: 'lost' } as never)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await app.call('imports:page', { organisationId: orgId, limit: 0 })).toMatchObject({ ok: false });
  });
});
