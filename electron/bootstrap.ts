import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppContext, AppPaths, Integrity, SpawnWorker } from './context';
import { Database } from './db/database';
import { migrate, migrations, type Migration } from './db/migrations';
import { removeImportData, unfinishedImports } from './db/repositories/ledgerRepository';
import type { Clock, Dialogs, Printer, SettingsStore, Shell } from './platform/ports';
import { configureErrorLog } from './platform/errorLog';
import { osUserName } from './platform/osUser';
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
}

/**
 * Opens the database and brings it up to date: quick_check, a backup before any migration, the
 * migrations, then the daily backup and rotation. A database from a newer app throws
 * NewerDatabaseError; a failed quick_check leaves the app in recovery mode (integrity.ok = false).
 */
export const openDatabase = async (
  paths: AppPaths,
  clock: Clock,
  list: readonly Migration[] = migrations,
): Promise<{ db: Database; integrity: Integrity }> => {
  await mkdir(paths.dataDir, { recursive: true });
  const db = await Database.open(paths.databaseFile);
  let problems: string[];
  try {
    problems = await db.quickCheck();
  } catch (error) {
    problems = [String(error)];
  }
  if (problems.length !== 1 || problems[0] !== 'ok') {
    return { db, integrity: { ok: false, message: problems.slice(0, 5).join('; ') } };
  }
  try {
    await migrate(db, {
      list,
      beforeMigrate: async () => {
        await createBackup(db, paths.backupsDir, 'premigration', clock.now());
      },
    });
  } catch (error) {
    await db.close();
    throw error;
  }
  // An import that was running when the app stopped (crash, power loss) is undone: re-runnable.
  for (const importId of await unfinishedImports(db)) {
    await db.transaction((tx) => removeImportData(tx, importId));
  }
  if (await dailyBackupDue(paths.backupsDir, clock.now())) {
    await createBackup(db, paths.backupsDir, 'daily', clock.now());
  }
  await rotateBackups(paths.backupsDir);
  return { db, integrity: { ok: true, message: 'ok' } };
};

export const createAppContext = async (options: BootstrapOptions): Promise<AppContext> => {
  const paths = appPaths(options.dataDir, options.resourcesDir);
  configureErrorLog(join(options.dataDir, 'logs'));
  const { db, integrity } = await openDatabase(paths, options.clock);
  return {
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
};
