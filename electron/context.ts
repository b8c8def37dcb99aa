import type { Worker } from 'node:worker_threads';
import type { Database } from './db/database';
import type { Clock, Dialogs, Printer, SettingsStore, Shell } from './platform/ports';
import type { Actor } from './services/auditTrail';

export interface AppPaths {
  dataDir: string;
  databaseFile: string;
  backupsDir: string;
  attachmentsDir: string;
  /** Read-only assets shipped with the app: fonts, legal tables. */
  resourcesDir: string;
}

export interface Integrity {
  ok: boolean;
  message: string;
}

/** Everything a service may use. `db` is replaced when a backup is restored, so read it at call time. */
export interface AppContext {
  db: Database;
  paths: AppPaths;
  settings: SettingsStore;
  dialogs: Dialogs;
  printer: Printer;
  shell: Shell;
  clock: Clock;
  appVersion: string;
  osUser: string;
  integrity: Integrity;
  /** Starts a worker thread by entry name (electron/workers/<name>) with its data. */
  spawnWorker: SpawnWorker;
}

export type WorkerName = 'importWorker';
export type SpawnWorker = (name: WorkerName, data: unknown) => Worker;

export const actorOf = (ctx: AppContext): Actor => ({
  os: ctx.osUser,
  person: ctx.settings.read().responsiblePerson,
});

export const nowIso = (ctx: AppContext): string => ctx.clock.now().toISOString();
