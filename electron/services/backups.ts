import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Backup, BackupReason } from '../../shared/domain/app';
import { backupsToDelete } from '../../shared/backups/rotation';
import { fileStamp } from '../../shared/format/date';
import type { Queryable } from '../db/connection';
import { AuditHead } from '../../shared/domain/auditIntegrity';
import { readAuditHead } from './audit/auditHead';

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
  backupWith<T>(file: string, probe: (q: Queryable) => Promise<T>): Promise<T>;
}

/** The side file of a backup: its audit chain head, kept outside the copy (see services/audit). */
export const anchorFileOf = (backupFile: string): string => `${backupFile}.anchor.json`;

export const readBackupAnchor = async (backupFile: string): Promise<AuditHead | null> => {
  try {
    const parsed = AuditHead.safeParse(JSON.parse(await readFile(anchorFileOf(backupFile), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

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
  const target = join(backupsDir, fileName);
  try {
    // The chain head of the copy goes beside it: a restore checks the copy's trail against it.
    const head = await source.backupWith(partial, (q) => readAuditHead(q).catch(() => null));
    if (head) await writeFile(anchorFileOf(target), `${JSON.stringify(head)}\n`);
    await rename(partial, target);
  } catch (error) {
    // A full disk leaves no half-written copy behind.
    await rm(partial, { force: true });
    await rm(anchorFileOf(target), { force: true });
    throw error;
  }
  const { size } = await stat(join(backupsDir, fileName));
  return {
    fileName,
    createdAt: fileStamp(at).replace(/T(\d{2})-(\d{2})-(\d{2})/, 'T$1:$2:$3'),
    reason,
    size,
  };
};

export const rotateBackups = async (backupsDir: string): Promise<void> => {
  for (const b of backupsToDelete(await listBackups(backupsDir))) {
    await rm(join(backupsDir, b.fileName), { force: true });
    await rm(anchorFileOf(join(backupsDir, b.fileName)), { force: true });
  }
};

/** True when no automatic or manual backup was made on the same local day. */
export const dailyBackupDue = async (backupsDir: string, at: Date): Promise<boolean> => {
  const today = fileStamp(at).slice(0, 10);
  return !(await listBackups(backupsDir)).some(
    (b) => (b.reason === 'daily' || b.reason === 'manual') && b.createdAt.startsWith(today),
  );
};
