import type { Browser, Page } from '@playwright/test';
import Conf from 'conf';
import { buildSync } from 'esbuild';
import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { createAppContext } from '../../../electron/bootstrap';
import { appEventsOf } from '../../../electron/appEvents';
import type { AppContext } from '../../../electron/context';
import { eventChannel } from '../../../shared/ipc/contracts/eventNames';
import { appEventSchemas } from '../../../shared/ipc/contracts/events';
import { createHandlers } from '../../../electron/handlers';
import { dispatch } from '../../../electron/ipc/dispatch';
import { settingsStore } from '../../../electron/settings/settingsStore';
import { fixedClock, scriptedDialogs, type ScriptedDialogs } from '../../support/testContext';
import { testSpawnWorker } from '../../support/workers';
import { playwrightPrinter } from './playwrightPrinter';

const root = resolve(__dirname, '../../..');
const rendererDir = join(root, 'out/renderer');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

let initScript: string | null = null;
/** window.api for the page, bundled from the same buildApi + channel list the preload uses. */
const pageInitScript = (): string =>
  (initScript ??=
    buildSync({
      entryPoints: [join(__dirname, 'pageApi.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'chrome120',
    }).outputFiles[0]?.text ?? '');

/** Serves the built renderer (out/renderer) on 127.0.0.1 with the production CSP. */
const serveRenderer = (): Promise<Server> => {
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npx electron-vite build` first');
  }
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(rendererDir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(rendererDir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
};

export interface Harness {
  url: string;
  dataDir: string;
  ctx: AppContext;
  dialogs: ScriptedDialogs;
  printJobs: string[];
  /** Wires window.api into a page, as the preload does in Electron. Call before page.goto. */
  attach(page: Page): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  dataDir: string;
  browser: () => Browser;
  /** A fixed "now" (ISO) for reproducible screenshots; the real clock otherwise. */
  now?: string;
}

/** The app's real main-process handlers (services, SQLite, printing) behind a real Chromium page. */
export const startHarness = async (options: HarnessOptions): Promise<Harness> => {
  const dialogs = scriptedDialogs();
  const printer = playwrightPrinter(options.browser);
  const ctx = await createAppContext({
    dataDir: options.dataDir,
    resourcesDir: join(root, 'resources'),
    settings: settingsStore(
      new Conf({ projectName: 'compliance-desk-e2e', cwd: join(options.dataDir, 'settings') }),
    ),
    dialogs,
    printer,
    shell: { openPath: async () => undefined, showItemInFolder: async () => undefined },
    clock: options.now ? fixedClock(options.now) : { now: () => new Date() },
    appVersion: '0.1.0-e2e',
    spawnWorker: testSpawnWorker,
  });
  const handlers = createHandlers(ctx);
  const server = await serveRenderer();
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    dataDir: options.dataDir,
    ctx,
    dialogs,
    printJobs: printer.printJobs,
    attach: async (page) => {
      await page.exposeBinding('__complianceDeskInvoke', (source, channel: string, payload: unknown) => {
        // The same rule as the Electron sender check: only the app's own top-level page may call.
        if (source.frame !== source.page.mainFrame() || !source.frame.url().startsWith(url)) {
          return { ok: false, error: { code: 'FORBIDDEN', message: 'errors.forbidden' } };
        }
        return dispatch(handlers, channel, payload);
      });
      await page.addInitScript({ content: pageInitScript() });
      // Pushed events, as forwardAppEvents does in Electron: parsed, and only to the app's own page.
      const unsubscribe = appEventsOf(ctx).subscribe((name, payload) => {
        if (page.isClosed() || !page.mainFrame().url().startsWith(url)) return;
        const parsed = appEventSchemas[name].safeParse(payload);
        if (!parsed.success) return;
        page
          .evaluate(([channel, data]) => window.__complianceDeskEvent?.(channel, data), [
            eventChannel(name),
            parsed.data,
          ] as const)
          .catch(() => undefined);
      });
      page.once('close', unsubscribe);
    },
    close: async () => {
      // Chromium may hold a pre-connected socket that never sends a request: close() alone would wait
      // for it until the server's request timeout. The page has left the app, so end every socket.
      const closed = new Promise((ok) => server.close(ok));
      server.closeAllConnections();
      await closed;
      await ctx.db.close();
    },
  };
};
