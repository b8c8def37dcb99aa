import Conf from 'conf';
import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ChannelInput, ChannelOutput, Channel } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import { createAppContext } from '../../electron/bootstrap';
import type { AppContext, SpawnWorker } from '../../electron/context';
import { createHandlers, type Handlers } from '../../electron/handlers';
import { dispatch } from '../../electron/ipc/dispatch';
import type { Clock, Dialogs, Notifier, Printer } from '../../electron/platform/ports';
import type { PrintSettings } from '../../shared/documents/print';
import { settingsStore } from '../../electron/settings/settingsStore';
import type { Engine } from '../../electron/db/store/types';
import { appPaths } from '../../electron/bootstrap';
import type { Database } from '../../electron/db/database';
import { createTeamDatabase, type TeamDatabase, type TeamLogin } from './teamDatabase';
import { testSpawnWorker } from './workers';

export const resourcesDir = resolve(__dirname, '../../resources');

/** Dialog answers queued by a test; an empty queue means "the user cancelled". */
export interface ScriptedDialogs extends Dialogs {
  nextOpen: (string | null)[];
  nextSave: (string | null)[];
}

export const scriptedDialogs = (): ScriptedDialogs => {
  const d: ScriptedDialogs = {
    nextOpen: [],
    nextSave: [],
    openFile: async () => d.nextOpen.shift() ?? null,
    saveFile: async () => d.nextSave.shift() ?? null,
  };
  return d;
};

export interface RecordingPrinter extends Printer {
  printed: { html: string; settings: PrintSettings }[];
}

/** A printer that records print jobs and returns a minimal valid PDF (no browser needed). */
export const recordingPrinter = (): RecordingPrinter => {
  const p: RecordingPrinter = {
    printed: [],
    print: async (html, settings) => {
      p.printed.push({ html, settings });
    },
    toPdf: async (html, settings) => {
      p.printed.push({ html, settings });
      // A real (one blank page) PDF, so code that parses or joins PDFs works; the HTML is kept above.
      const doc = await PDFDocument.create();
      // One page per letter of a mail merge (each fits one page), else one page.
      const pages = Math.max(1, (html.match(/<section class="letter"/g) ?? []).length);
      for (let i = 0; i < pages; i += 1) doc.addPage();
      doc.setCreationDate(new Date(0));
      doc.setModificationDate(new Date(0));
      // Different documents give different bytes (and hashes), like real PDFs.
      doc.setSubject(createHash('sha256').update(html).digest('hex'));
      return doc.save();
    },
  };
  return p;
};

export const fixedClock = (iso: string): Clock & { set(iso: string): void } => {
  let now = new Date(iso);
  return { now: () => new Date(now), set: (next) => (now = new Date(next)) };
};

export interface TestApp {
  engine: Engine;
  /** PostgreSQL runs: the team database, its administrator and its logins (the app is the officer). */
  team: TeamDatabase | null;
  dir: string;
  ctx: AppContext;
  handlers: Handlers;
  dialogs: ScriptedDialogs;
  printer: RecordingPrinter;
  clock: ReturnType<typeof fixedClock>;
  /** Calls a channel exactly as the IPC layer does: untrusted payload -> schema -> handler -> Result. */
  call<C extends Channel>(channel: C, input?: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  /** Like call, but fails the test on an error Result. */
  ok<C extends Channel>(channel: C, input?: ChannelInput<C>): Promise<ChannelOutput<C>>;
  close(): Promise<void>;
}

/**
 * Team mode has no SQLite file: a service that still reaches for ctx.db fails loudly instead of
 * quietly passing a PostgreSQL test against SQLite.
 */
const storeOfTeam = (ctx: AppContext) => ctx.teamStore;

const noSqliteFile = new Proxy({} as Database, {
  get: (_target, property) => {
    throw new Error(`ctx.db.${String(property)} used in team mode: this path is not converted yet`);
  },
});

export const startTestApp = async (
  options: {
    dir?: string;
    now?: string;
    spawnWorker?: SpawnWorker;
    engine?: Engine;
    /** A second app instance on another app's team database, logged in as someone else. */
    joinTeam?: { team: TeamDatabase; login: TeamLogin };
  } = {},
): Promise<TestApp> => {
  const engine = options.joinTeam ? 'postgres' : (options.engine ?? 'sqlite');
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), 'cd-test-')));
  const dialogs = scriptedDialogs();
  const printer = recordingPrinter();
  const clock = fixedClock(options.now ?? '2026-11-22T09:00:00.000Z');
  const settings = settingsStore(
    new Conf({ projectName: 'compliance-desk-test', cwd: join(dir, 'settings') }),
  );
  const platform = {
    settings,
    dialogs,
    printer,
    shell: { openPath: async () => undefined, showItemInFolder: async () => undefined },
    clock,
    appVersion: '0.0.0-test',
    spawnWorker: options.spawnWorker ?? testSpawnWorker,
  };
  const team = options.joinTeam?.team ?? (engine === 'postgres' ? await createTeamDatabase() : null);
  const ctx: AppContext = team
    ? {
        ...platform,
        db: noSqliteFile,
        teamStore: team.store(options.joinTeam?.login ?? team.logins.officer),
        paths: appPaths(dir, resourcesDir),
        osUser: 'test',
        integrity: { ok: true, message: 'ok' },
      }
    : await createAppContext({ dataDir: dir, resourcesDir, ...platform });
  // IMPORT_IDENTITY_SPILL=1: every scan moves its identity tables to disk at once and decides rows in
  // batches of 3, so the import tests double as the oracle of the spilled identity store.
  if (process.env.IMPORT_IDENTITY_SPILL === '1')
    ctx.importLimits = { identityMemoryBytes: 0, identityBatchRows: 3 };
  const handlers = createHandlers(ctx);
  const call = (async (channel: Channel, input?: unknown) =>
    dispatch(handlers, channel, input ?? null)) as TestApp['call'];
  const ok = (async (channel: Channel, input?: unknown) => {
    const result = await dispatch(handlers, channel, input ?? null);
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
    return result.value;
  }) as TestApp['ok'];
  return {
    engine,
    team,
    dir,
    ctx,
    handlers,
    dialogs,
    printer,
    clock,
    call,
    ok,
    close: async () => {
      if (options.joinTeam) await storeOfTeam(ctx)?.close();
      else if (team) await team.drop();
      else await ctx.db.close();
      if (!options.dir) await rm(dir, { recursive: true, force: true });
    },
  };
};

/** The test stand-in for desktop notifications: keeps what would have been shown. */
export const recordingNotifier = (): Notifier & { sent: { title: string; body: string }[] } => {
  const sent: { title: string; body: string }[] = [];
  return { sent, notify: (n) => void sent.push(n) };
};
