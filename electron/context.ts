import type { Database } from './db/database';
import type { DataStore } from './db/store/types';
import type { Clock, Dialogs, Printer, SettingsStore, Shell } from './platform/ports';
import type { WorkerName } from './runtimeAssets';
import type { Actor } from './services/auditTrail';

export interface AppPaths {
  dataDir: string;
  databaseFile: string;
  backupsDir: string;
  attachmentsDir: string;
  /** Read-only assets shipped with the app: fonts, legal tables. */
  resourcesDir: string;
}

/** The database at start: ok, or why the app is in recovery mode (see shared/domain/app IntegrityStatus). */
export interface Integrity {
  ok: boolean;
  /** 'ok' or an i18n key `recoveryReasons.*`. */
  message: string;
  /** The error log reference of the failure. */
  reference?: string;
  /** Schema version of a database from a newer app. */
  foundVersion?: number;
}

/** Everything a service may use. `db` is replaced when a backup is restored, so read it at call time. */
export interface AppContext {
  db: Database;
  /** Team mode: the PostgreSQL database the app is connected to (absent: the SQLite file `db`). */
  teamStore?: DataStore;
  paths: AppPaths;
  settings: SettingsStore;
  dialogs: Dialogs;
  printer: Printer;
  shell: Shell;
  clock: Clock;
  appVersion: string;
  osUser: string;
  integrity: Integrity;
  /** Starts a worker process by entry name (electron/workers/<name>). */
  spawnWorker: SpawnWorker;
  /** The import's bounds (tests lower them to exercise a stall or a spill on small files). */
  importLimits?: Partial<ImportLimits>;
}

/** What an import may take before it is stopped or moved to disk. */
export interface ImportLimits {
  /** A scan whose worker reports no progress (bytes read, rows read) for this long is stopped. */
  stallMs: number;
  /** Identity tables the scan keeps in memory before it moves them to the stage (see RowStager). */
  identityMemoryBytes: number;
  /** Rows the scan decides per batch once its identity tables are on disk. */
  identityBatchRows: number;
}

export type { WorkerName } from './runtimeAssets';

/**
 * Node options of a worker process. The import worker allocates short-lived strings at a high rate;
 * left alone, V8 lets its heap grow to several hundred MB before collecting. Capped, it collects
 * sooner at almost no cost in speed (bench:import: peak RSS ≤ 300 MB).
 */
export const workerExecArgv = (name: WorkerName): string[] =>
  name === 'importWorker'
    ? ['--max-old-space-size=128']
    : // An untrusted policy file (a zip bomb in a DOCX, a crafted PDF) may only exhaust this much.
      name === 'policyWorker'
      ? ['--max-old-space-size=256']
      : [];

/**
 * A worker in its own process (Electron's utilityProcess in the app, a forked Node process in tests):
 * parsing never blocks the main process, and a worker that crashes or is killed mid-import cannot
 * take the app down — the main process then undoes its unfinished import.
 */
export interface WorkerHandle {
  send(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}
export type SpawnWorker = (name: WorkerName) => WorkerHandle;

export const actorOf = (ctx: AppContext): Actor => ({
  os: ctx.osUser,
  person: ctx.settings.read().responsiblePerson,
});

export const nowIso = (ctx: AppContext): string => ctx.clock.now().toISOString();
