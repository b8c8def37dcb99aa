import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Conf from 'conf';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channels } from '../../../shared/ipc/contract';
import { settingsStore } from '../../../electron/settings/settingsStore';
import { createElectronStandIn } from './electronStandIn';

const standIn = createElectronStandIn();
vi.mock('electron', () => standIn.module);
// electron-store needs a real Electron; the settings interface is backed by conf here.
vi.mock('../../../electron/settings/electronSettings', () => ({
  electronSettings: (cwd?: string) =>
    settingsStore(new Conf({ projectName: 'cd-main-test', cwd: cwd ?? tmpdir() })),
}));

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cd-main-'));
  process.env.COMPLIANCE_DESK_DATA_DIR = dataDir;
  await import('../../../electron/main');
  await vi.waitFor(() => expect(standIn.record.loadedUrls).toHaveLength(1), { timeout: 10_000 });
});
afterAll(async () => {
  delete process.env.COMPLIANCE_DESK_DATA_DIR;
  await rm(dataDir, { recursive: true, force: true });
});

describe('electron/main.ts with a recording electron stand-in', () => {
  it('asks in the main process before closing over unsaved changes, and closes only when told to', () => {
    const contents = standIn.record.windows[0]?.webContents;
    expect(contents?.listenerCount('will-prevent-unload')).toBe(1);
    const unload = () => {
      let closed = false;
      contents?.emit('will-prevent-unload', { preventDefault: () => (closed = true) });
      return closed;
    };
    standIn.record.messageBoxAnswers.push(1, 0);
    expect(unload()).toBe(false); // «Остаться»
    expect(unload()).toBe(true); // «Закрыть без сохранения»
    expect(standIn.record.messageBoxes).toEqual([
      'Есть несохранённые изменения',
      'Есть несохранённые изменения',
    ]);
  });

  it('registers every contract channel exactly once', () => {
    expect([...standIn.record.handled].sort()).toEqual([...channels].sort());
  });

  it('creates the window isolated and sandboxed, with the preload and no node integration', () => {
    const prefs = standIn.record.windows[0]?.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(String(prefs.preload)).toMatch(/preload[\\/]preload\.js$/);
    expect(standIn.record.sandboxEnabled).toBe(true);
  });

  it('loads the app page from the app:// origin, not file://', () => {
    expect(standIn.record.loadedUrls).toEqual(['app://compliance-desk/index.html']);
  });

  it('registers app:// as a privileged standard, secure scheme and serves the renderer through it', async () => {
    expect(standIn.record.privilegedSchemes).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    const serve = standIn.record.protocolHandlers.get('app');
    const page = await serve?.(new Request('app://compliance-desk/index.html'));
    expect(page?.status).toBe(200);
    expect(page?.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page?.headers.get('content-security-policy')).toContain("default-src 'self'");
    const escaped = await serve?.(new Request('app://compliance-desk/%2e%2e/package.json'));
    expect(escaped?.status).toBe(404);
    expect((await serve?.(new Request('app://compliance-desk/..%5cpackage.json')))?.status).toBe(403);
  });

  it('keeps DevTools available in development only', () => {
    const prefs = standIn.record.windows[0]?.options.webPreferences as Record<string, unknown>;
    expect(prefs.devTools).toBe(true);
  });

  it('gives the window the product icon', () => {
    expect(String(standIn.record.windows[0]?.options.icon)).toMatch(
      /resources[\\/]icons[\\/]png[\\/]512x512\.png$/,
    );
  });

  it('denies every permission request and check', () => {
    let granted: boolean | undefined;
    standIn.record.permissionHandler?.({}, 'geolocation', (ok) => (granted = ok));
    expect(granted).toBe(false);
    expect(standIn.record.permissionCheck?.()).toBe(false);
  });

  it('sets a strict Content-Security-Policy on responses', () => {
    let headers: Record<string, string[]> = {};
    standIn.record.headersHandler?.(
      { responseHeaders: {} },
      (r) => (headers = (r as { responseHeaders: Record<string, string[]> }).responseHeaders),
    );
    const csp = headers['Content-Security-Policy']?.[0] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('cancels every network request that is not the app itself', () => {
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      standIn.record.requestHandler?.({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('https://example.com/tracker.js')).toBe(true);
    expect(decide('http://127.0.0.1:8080/')).toBe(true);
    expect(decide('app://other-host/index.html')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
    expect(decide(standIn.record.loadedUrls[0] ?? '')).toBe(false);
    expect(decide('app://compliance-desk/assets/index.js')).toBe(false);
    expect(decide('data:image/png;base64,AAAA')).toBe(false);
    // A file:// page loads only while the printer has it open (tests/unit/electron/printer.test.ts).
    const notPrinting = join(tmpdir(), 'compliance-desk-123e4567-e89b-42d3-a456-426614174000.html');
    expect(decide(pathToFileURL(notPrinting).toString())).toBe(true);
  });

  it('blocks navigation, redirects, new windows and webviews', () => {
    const contents = standIn.record.windows[0]?.webContents;
    expect(contents).toBeDefined();
    if (!contents) return;
    const prevented = (event: string, url?: string) => {
      let blocked = false;
      contents.emit(event, { preventDefault: () => (blocked = true) }, url);
      return blocked;
    };
    expect(prevented('will-navigate', 'https://evil.example/')).toBe(true);
    expect(prevented('will-redirect', 'https://evil.example/')).toBe(true);
    expect(prevented('will-attach-webview')).toBe(true);
    expect(prevented('will-navigate', 'app://compliance-desk.evil/index.html')).toBe(true);
    expect(prevented('will-navigate', 'file:///home/officer/index.html')).toBe(true);
    expect(prevented('will-navigate', standIn.record.loadedUrls[0])).toBe(false);
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('checks the sender frame before parsing any payload', async () => {
    const listener = standIn.record.listeners.get('app:info');
    const appUrl = standIn.record.loadedUrls[0] ?? '';
    const fromFrame = (url: string, parent: unknown = null) =>
      listener?.({ senderFrame: { url, parent } }, null);
    expect(await fromFrame('app://evil/index.html')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await fromFrame('https://evil.example/')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await fromFrame(appUrl, { url: appUrl })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await fromFrame(appUrl)).toMatchObject({ ok: true, value: { dataDir } });
  });
});
