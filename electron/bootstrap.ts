import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppContext, AppPaths, Integrity, SpawnWorker } from './context';
import { Database } from './db/database';
import { migrate, migrations, NewerDatabaseError, type Migration } from './db/migrations';
import { databaseFileProblem } from './db/openCheck';
import { ioReasonOf } from './ipc/errorResult';
import { removeImportData, unfinishedImports } from './db/repositories/ledgerRepository';
import type { Clock, Dialogs, Notifier, Printer, SettingsStore, Shell } from './platform/ports';
import { configureErrorLog, logError } from './platform/errorLog';
import { osUserName } from './platform/osUser';
import { startDueReminders } from './services/agenda/reminders';
import { neutraliseStoredFiles } from './services/attachments';
import { keepAuditAnchor } from './services/audit/anchor';
import { startupAuditCheck } from './services/audit/auditIntegrity';
import { createBackup, dailyBackupDue, rotateBackups } from './services/backups';

export const DATABASE_FILE = 'compliance-desk.sqlite';

export const appPaths = (dataDir: string, resourcesDir: string): AppPaths => ({
  dataDir,
  databaseFile: join(dataDir, DATABASE_FILE),
  backupsDir: join(dataDir, 'backups'),
  attachmentsDir: join(dataDir, 'attachments'),
  resourcesDir,
});

export interface BootstrapOptions {
  dataDir: string;
  resourcesDir: string;
  settings: SettingsStore;
  dialogs: Dialogs;
  printer: Printer;
  shell: Shell;
  clock: Clock;
  appVersion: string;
  spawnWorker: SpawnWorker;
  /** Desktop notifications: given, the «due or overdue» reminder runs at start and daily. */
  notifier?: Notifier;
}

type Opened = { db: Database; integrity: Integrity };

/** Recovery mode: the reason (an i18n key), the details in the error log, a placeholder database. */
const recovery = async (
  reason: string,
  error: unknown,
  db: Database | null,
  foundVersion?: number,
): Promise<Opened> => {
  const reference = error === null ? undefined : logError(`open database: ${reason}`, error);
  return {
    // Nothing reads it: in recovery mode only the backup and recovery channels answer.
    db: db ?? (await Database.open(':memory:')),
    integrity: {
      ok: false,
      message: `recoveryReasons.${reason}`,
      ...(reference ? { reference } : {}),
      ...(foundVersion !== undefined ? { foundVersion } : {}),
    },
  };
};

/**
 * Opens the database and brings it up to date: quick_check, a backup before any migration, the
 * migrations, then the daily backup and rotation. It never throws for the database itself: a 0-byte
 * or foreign file, a damaged one, one from a newer app or a failed migration opens the app in
 * recovery mode (integrity.ok = false) with the reason, so the officer can restore a backup.
 */
export const openDatabase = async (
  paths: AppPaths,
  clock: Clock,
  list: readonly Migration[] = migrations,
): Promise<Opened> => {
  await mkdir(paths.dataDir, { recursive: true });
  const fileProblem = await databaseFileProblem(paths.databaseFile).catch(() => 'cannotOpen' as const);
  if (fileProblem !== null) return recovery(fileProblem, null, null);
  let db: Database;
  try {
    db = await Database.open(paths.databaseFile);
  } catch (error) {
    return recovery(ioReasonOf(error) === 'errors.io.corrupt' ? 'notSqlite' : 'cannotOpen', error, null);
  }
  let problems: string[];
  try {
    problems = await db.quickCheck();
  } catch (error) {
    return recovery('damaged', error, db);
  }
  if (problems.length !== 1 || problems[0] !== 'ok') {
    return recovery('damaged', new Error(`quick_check: ${problems.slice(0, 5).join('; ')}`), db);
  }
  try {
    await migrate(db, {
      list,
      beforeMigrate: async () => {
        await createBackup(db, paths.backupsDir, 'premigration', clock.now());
      },
    });
  } catch (error) {
    if (error instanceof NewerDatabaseError) return recovery('newerSchema', error, db, error.found);
    return recovery(ioReasonOf(error) === 'errors.io.diskFull' ? 'diskFull' : 'migrationFailed', error, db);
  }
  // An import that was running when the app stopped (crash, power loss) is undone: re-runnable.
  // If that fails (a disk still full), the app starts anyway and tries again at the next start.
  for (const importId of await unfinishedImports(db)) {
    await db
      .transaction((tx) => removeImportData(tx, importId))
      .catch((e: unknown) => logError('unfinished import', e));
  }
  // Stages of scans from an earlier run are scratch: never reused.
  await rm(join(paths.dataDir, 'staging'), { recursive: true, force: true }).catch((e: unknown) =>
    logError('staging clean-up', e),
  );
  try {
    if (await dailyBackupDue(paths.backupsDir, clock.now())) {
      await createBackup(db, paths.backupsDir, 'daily', clock.now());
    }
    await rotateBackups(paths.backupsDir);
  } catch (error) {
    // A full disk must not keep the officer out: the daily copy is tried again at the next start.
    logError('daily backup', error);
  }
  return { db, integrity: { ok: true, message: 'ok' } };
};

export const createAppContext = async (options: BootstrapOptions): Promise<AppContext> => {
  const paths = appPaths(options.dataDir, options.resourcesDir);
  configureErrorLog(join(options.dataDir, 'logs'));
  const { db, integrity } = await openDatabase(paths, options.clock);
  const ctx: AppContext = {
    db,
    paths,
    settings: options.settings,
    dialogs: options.dialogs,
    printer: options.printer,
    shell: options.shell,
    clock: options.clock,
    appVersion: options.appVersion,
    osUser: osUserName(),
    integrity,
    spawnWorker: options.spawnWorker,
  };
  await neutraliseStoredFiles(paths.attachmentsDir).catch((e: unknown) => logError('attachments', e));
  if (integrity.ok) {
    try {
      await startupAuditCheck(ctx);
    } catch (error) {
      logError('audit check at start', error);
    }
  }
  keepAuditAnchor(ctx);
  if (options.notifier && integrity.ok) startDueReminders(ctx, options.notifier);
  return ctx;
};
