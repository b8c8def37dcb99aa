import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Backup, BackupReason } from '../../shared/domain/app';
import { backupsToDelete } from '../../shared/backups/rotation';
import { fileStamp } from '../../shared/format/date';
import { DomainError } from '../../shared/ipc/result';
import sqlite3 from 'sqlite3';
import { Connection } from '../db/connection';

const NAME =
  /^backup-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})(?:-\d+)?-(daily|manual|premigration|prerestore)\.sqlite$/;

export const backupFileName = (at: Date, reason: BackupReason, suffix = 0): string =>
  `backup-${fileStamp(at)}${suffix > 0 ? `-${suffix}` : ''}-${reason}.sqlite`;

export const listBackups = async (backupsDir: string): Promise<Backup[]> => {
  await mkdir(backupsDir, { recursive: true });
  const result: Backup[] = [];
  for (const fileName of await readdir(backupsDir)) {
    const m = NAME.exec(fileName);
    if (!m) continue;
    const { size } = await stat(join(backupsDir, fileName));
    result.push({
      fileName,
      createdAt: `${m[1]}T${m[2]}:${m[3]}:${m[4]}`,
      reason: m[5] as BackupReason,
      size,
    });
  }
  return result.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
};

/** Something that can copy a live database with SQLite's online backup API. */
export interface BackupSource {
  backupTo(file: string): Promise<void>;
}

export const createBackup = async (
  source: BackupSource,
  backupsDir: string,
  reason: BackupReason,
  at: Date,
): Promise<Backup> => {
  await mkdir(backupsDir, { recursive: true });
  const existing = new Set((await listBackups(backupsDir)).map((b) => b.fileName));
  let suffix = 0;
  while (existing.has(backupFileName(at, reason, suffix))) suffix += 1;
  const fileName = backupFileName(at, reason, suffix);
  const partial = join(backupsDir, `${fileName}.partial`);
  await source.backupTo(partial);
  await rename(partial, join(backupsDir, fileName));
  const { size } = await stat(join(backupsDir, fileName));
  return {
    fileName,
    createdAt: fileStamp(at).replace(/T(\d{2})-(\d{2})-(\d{2})/, 'T$1:$2:$3'),
    reason,
    size,
  };
};

export const rotateBackups = async (backupsDir: string): Promise<void> => {
  for (const b of backupsToDelete(await listBackups(backupsDir)))
    await rm(join(backupsDir, b.fileName), { force: true });
};

/** True when no automatic or manual backup was made on the same local day. */
export const dailyBackupDue = async (backupsDir: string, at: Date): Promise<boolean> => {
  const today = fileStamp(at).slice(0, 10);
  return !(await listBackups(backupsDir)).some(
    (b) => (b.reason === 'daily' || b.reason === 'manual') && b.createdAt.startsWith(today),
  );
};

/**
 * Copies a backup next to the database and checks the copy with quick_check (on the copy, so the
 * backup itself is never opened for writing — FTS5's check needs a writable file). Returns the
 * staged path; a damaged copy is removed and reported.
 */
export const stageBackup = async (backupFile: string, databaseFile: string): Promise<string> => {
  const staged = `${databaseFile}.restoring`;
  await copyFile(backupFile, staged);
  let conn: Connection | null = null;
  let ok = false;
  try {
    conn = await Connection.open(staged, sqlite3.OPEN_READWRITE);
    const rows = await conn.all<{ quick_check: string }>('PRAGMA quick_check');
    ok = rows.length === 1 && rows[0]?.quick_check === 'ok';
  } catch {
    ok = false;
  } finally {
    await conn?.close().catch(() => undefined);
  }
  if (!ok) {
    await rm(staged, { force: true });
    await rm(`${staged}-wal`, { force: true });
    await rm(`${staged}-shm`, { force: true });
    throw new DomainError('CONFLICT', 'errors.backupDamaged');
  }
  return staged;
};

/** Puts a staged copy in place of the database file (the database must be closed). */
export const replaceDatabaseFile = async (staged: string, databaseFile: string): Promise<void> => {
  await rm(`${databaseFile}-wal`, { force: true });
  await rm(`${databaseFile}-shm`, { force: true });
  await rename(staged, databaseFile);
};
