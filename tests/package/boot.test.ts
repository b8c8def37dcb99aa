import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractAll } from '@electron/asar';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { latestSchemaVersion } from '../../electron/db/migrations';
import { APP_PAGE_URL } from '../../electron/platform/appProtocol';
import { BUILT_APP, WINDOW_ICON, builtWorker } from '../../electron/runtimeAssets';
import { channels } from '../../shared/ipc/contract';
import { breachInput } from '../integration/breachesFixtures';
import { claimInput, shopKg } from '../integration/correspondenceFixtures';
import { recipientInput } from '../support/fixtures';
import { createElectronStandIn, invokeAsApp } from '../unit/electron/electronStandIn';
import { pageReferences } from './packagedApp';

/**
 * The packaged main process, booted under Node: app.asar extracted, `electron` answered by the
 * recording stand-in with app.isPackaged true and process.resourcesPath at the built resources/.
 * Everything below the Electron API runs as shipped: the bundles, node_modules, sqlite3's unpacked
 * binary, the resources, and the worker bundles (forked where utilityProcess would start them).
 */
const layout = inject('layouts').linux;
let appDir: string;
let userData: string;
const standIn = createElectronStandIn({
  isPackaged: true,
  get appPath() {
    return appDir;
  },
  get userData() {
    return userData;
  },
  printToPdf: async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage();
    return pdf.save();
  },
});
const { record } = standIn;

const ok = async <T = Record<string, unknown>>(channel: string, payload: unknown): Promise<T> => {
  const result = (await invokeAsApp(record, channel, payload)) as { ok: boolean; value: T; error?: unknown };
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value;
};

const until = async <T extends { state: string }>(read: () => Promise<T>, busy: string[]): Promise<T> => {
  for (;;) {
    const status = await read();
    if (!busy.includes(status.state)) return status;
    await new Promise((r) => setTimeout(r, 50));
  }
};

const originalLoad = (Module as unknown as { _load: (...args: unknown[]) => unknown })._load;
beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'cd-packaged-'));
  appDir = join(root, 'app.asar-extracted');
  userData = join(root, 'Compliance Desk');
  extractAll(layout.asar, appDir);
  (process as { resourcesPath?: string }).resourcesPath = layout.resourcesDir;
  delete process.env.COMPLIANCE_DESK_DATA_DIR;
  process.env.ELECTRON_RENDERER_URL = 'http://127.0.0.1:5173'; // a packaged app must ignore it
  (Module as unknown as { _load: (...args: unknown[]) => unknown })._load = function (request, ...rest) {
    return request === 'electron' ? standIn.module : originalLoad.call(this, request, ...rest);
  };
  createRequire(join(appDir, 'package.json'))(join(appDir, BUILT_APP.main));
  for (let i = 0; i < 600 && record.loadedUrls.length === 0 && record.exitCode === null; i += 1)
    await new Promise((r) => setTimeout(r, 50));
  expect(record.errorBoxes).toEqual([]);
});
afterAll(async () => {
  (Module as unknown as { _load: unknown })._load = originalLoad;
  delete process.env.ELECTRON_RENDERER_URL;
  await rm(resolve(appDir, '..'), { recursive: true, force: true });
});

describe('the packaged main process boots in the built layout', () => {
  it('opens a fresh data folder in userData and migrates it to the latest schema', async () => {
    expect(existsSync(join(userData, 'compliance-desk.sqlite'))).toBe(true);
    const info = await ok<{ dataDir: string }>('app:info', null);
    expect(info.dataDir).toBe(userData);
    const sqlite3 = createRequire(join(appDir, 'package.json'))('sqlite3') as typeof import('sqlite3');
    const version = await new Promise<number>((done, fail) => {
      const db = new sqlite3.Database(join(userData, 'compliance-desk.sqlite'), sqlite3.OPEN_READONLY);
      db.get('PRAGMA user_version', (error, row: { user_version: number }) => {
        db.close();
        if (error) fail(error);
        else done(row.user_version);
      });
    });
    // The highest migration number: numbers may have gaps while branches land in any order.
    expect(version).toBe(latestSchemaVersion);
  });

  it('registers every contract channel', () => {
    expect([...record.handled].sort()).toEqual([...channels].sort());
  });

  it('loads the packaged renderer from app:// (never the dev server), DevTools off, the app icon', async () => {
    expect(record.loadedUrls).toEqual([APP_PAGE_URL]);
    const options = record.windows[0]?.options as { icon: string; webPreferences: Record<string, unknown> };
    expect(options.webPreferences.devTools).toBe(false);
    expect(options.webPreferences.preload).toBe(join(appDir, BUILT_APP.preload));
    expect(existsSync(String(options.webPreferences.preload))).toBe(true);
    expect(options.icon).toBe(
      join(layout.resourcesDir, 'resources', WINDOW_ICON.folder, ...WINDOW_ICON.path),
    );
    expect(existsSync(options.icon)).toBe(true);
    const serve = record.protocolHandlers.get('app');
    const page = await serve?.(new Request(APP_PAGE_URL));
    expect(page?.headers.get('content-type')).toBe('text/html; charset=utf-8');
    for (const ref of pageReferences((await page?.text()) ?? '')) {
      const asset = await serve?.(new Request(new URL(ref, APP_PAGE_URL)));
      expect(asset?.status, ref).toBe(200);
      expect(asset?.headers.get('content-type'), ref).toMatch(/^(text\/javascript|text\/css)/);
    }
  });

  it('seeds the shipped calendars and computes a claim deadline from the shipped rules', async () => {
    const organisationId = (await ok<{ id: number }>('organisations:create', shopKg)).id;
    const item = await ok<{ dueDate: string; deadline: { ruleId: string } }>(
      'correspondence:register',
      claimInput(organisationId),
    );
    // 05.11.2026 + 30 days = Saturday 05.12.2026 -> Monday 07.12.2026 (KG calendar, art. 193).
    expect(item.dueDate).toBe('2026-12-07');
    expect(item.deadline.ruleId).toBe('any.claim.policy');
    const calendars = await ok<{ country: string; year: number }[]>('calendars:list', null);
    for (const country of ['RU', 'KZ', 'KG'])
      for (const year of [2025, 2026, 2027])
        expect(calendars, `${country}-${year}`).toContainEqual(expect.objectContaining({ country, year }));
  });

  it('starts the import and mail-merge workers from their packaged bundles', async () => {
    const organisationId = (await ok<{ id: number }[]>('organisations:list', {}))[0]?.id ?? 0;
    expect(organisationId).toBeGreaterThan(0);
    const courier = await ok<{ id: number }>('recipients:create', recipientInput(organisationId));
    record.openDialogAnswers.push(resolve(__dirname, '../fixtures/imports/bitrix-orders-cp1251.csv'));
    const chosen = await ok<{ token: string; candidates: { presetId: string; mapping: unknown }[] }>(
      'imports:chooseFile',
      { organisationId },
    );
    const best = chosen.candidates[0];
    const setup = { token: chosen.token, organisationId, preset: best?.presetId, mapping: best?.mapping };
    const job = (jobId: string) => () =>
      ok<{ state: string; values: { field: string; value: string }[] }>('imports:job', { jobId });
    const scan = await until(job((await ok<{ jobId: string }>('imports:scan', setup)).jobId), ['running']);
    expect(scan.state).toBe('done');
    for (const v of scan.values)
      await ok('imports:setAlias', {
        organisationId,
        field: v.field,
        value: v.value,
        recipientId: courier.id,
      });
    const { jobId } = await ok<{ jobId: string }>('imports:start', { ...setup, profileName: '' });
    const imported = await until(job(jobId), ['running']);
    expect(imported.state).toBe('done');

    const history = await ok<{ id: number }[]>('imports:history', { organisationId });
    const incident = await ok<{ id: number }>('breaches:create', breachInput(organisationId));
    await ok('breaches:saveScope', {
      incidentId: incident.id,
      criteria: { organisationId, importId: history[0]?.id ?? null },
    });
    const merge = await ok<{ jobId: string }>('breaches:mailMergeStart', { incidentId: incident.id });
    const merged = await until(
      () => ok<{ state: string; letters: number }>('breaches:mailMergeJob', { jobId: merge.jobId }),
      ['building', 'printing'],
    );
    expect(merged).toMatchObject({ state: 'done' });
    expect(merged.letters).toBeGreaterThan(0);

    // The import worker runs three times: the sniff of the chosen file, the scan and the import.
    expect(record.forkedWorkers).toEqual([
      join(appDir, builtWorker('importWorker')),
      join(appDir, builtWorker('importWorker')),
      join(appDir, builtWorker('importWorker')),
      join(appDir, builtWorker('mailMergeWorker')),
    ]);
  });
});
