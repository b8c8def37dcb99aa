import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { appPaths, openDatabase } from '../../../electron/bootstrap';
import { systemClock } from '../../../electron/platform/ports';
import { settingsStore } from '../../../electron/settings/settingsStore';
import { createElectronStandIn, type StandInOptions } from './electronStandIn';

/** Starts electron/main.ts afresh against a new stand-in; resolves once it loaded a page or exited. */
const startMain = async (options: StandInOptions) => {
  const standIn = createElectronStandIn(options);
  vi.resetModules();
  vi.doMock('electron', () => standIn.module);
  vi.doMock('../../../electron/settings/electronSettings', () => ({
    electronSettings: (cwd?: string) =>
      settingsStore(new Conf({ projectName: 'cd-main-packaged', cwd: cwd ?? dataDir })),
  }));
  await import('../../../electron/main');
  await vi.waitFor(
    () => expect(standIn.record.loadedUrls.length + (standIn.record.exitCode === null ? 0 : 1)).toBe(1),
    { timeout: 10_000 },
  );
  return standIn.record;
};

// One data folder for every start: the first start migrates it, the others open it.
let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cd-main-packaged-'));
  process.env.COMPLIANCE_DESK_DATA_DIR = dataDir;
  // Electron sets it when packaged; here the project's resources/ stands in for the installed ones.
  (process as { resourcesPath?: string }).resourcesPath = process.cwd();
  await openDatabase(appPaths(dataDir, 'resources'), systemClock).then(({ db }) => db.close());
  // Transforms the services once here, so each test measures a start, not the first compilation.
  await import('../../../electron/handlers');
});
afterEach(() => {
  delete process.env.ELECTRON_RENDERER_URL;
});
afterAll(async () => {
  delete process.env.COMPLIANCE_DESK_DATA_DIR;
  vi.doUnmock('electron');
  await rm(dataDir, { recursive: true, force: true });
});

describe('a packaged app has no development switches', () => {
  it('ignores ELECTRON_RENDERER_URL and closes DevTools when packaged', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://127.0.0.1:5173';
    const record = await startMain({ isPackaged: true, appPath: process.cwd() });
    expect(record.loadedUrls).toEqual(['app://compliance-desk/index.html']);
    const prefs = record.windows[0]?.options.webPreferences as Record<string, unknown>;
    expect(prefs.devTools).toBe(false);
    let cancel: boolean | undefined;
    record.requestHandler?.({ url: 'http://127.0.0.1:5173/src/main.tsx' }, (r) => (cancel = r.cancel));
    expect(cancel).toBe(true);
    record.requestHandler?.(
      { url: 'devtools://devtools/bundled/inspector.html' },
      (r) => (cancel = r.cancel),
    );
    expect(cancel).toBe(true);
  });

  it('honours ELECTRON_RENDERER_URL (the dev server) only when not packaged', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://127.0.0.1:5173';
    const record = await startMain({ isPackaged: false });
    expect(record.loadedUrls).toEqual(['http://127.0.0.1:5173']);
    let cancel: boolean | undefined;
    record.requestHandler?.({ url: 'http://127.0.0.1:5173/src/main.tsx' }, (r) => (cancel = r.cancel));
    expect(cancel).toBe(false);
    record.requestHandler?.({ url: 'http://127.0.0.1:5174/' }, (r) => (cancel = r.cancel));
    expect(cancel).toBe(true);
  });

  it('refuses to start with debugging switches when packaged, and says why in Russian', async () => {
    const record = await startMain({ isPackaged: true, switches: ['remote-debugging-port', 'no-sandbox'] });
    expect(record.exitCode).toBe(1);
    expect(record.windows).toHaveLength(0);
    expect(record.handled).toHaveLength(0);
    expect(record.errorBoxes[0]).toContain('--remote-debugging-port, --no-sandbox');
    expect(record.errorBoxes[0]).toMatch(/отладочными параметрами/);
  });

  it('accepts the same switches in development', async () => {
    const record = await startMain({ isPackaged: false, switches: ['remote-debugging-port'] });
    expect(record.exitCode).toBeNull();
    expect(record.loadedUrls).toHaveLength(1);
  });
});
