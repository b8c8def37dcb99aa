import { copyFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Backup } from '../../shared/domain/app';
import type { BackupInspection } from '../../shared/domain/backupInspection';
import { DomainError } from '../../shared/ipc/result';
import { openDatabase } from '../bootstrap';
import { actorOf, nowIso, type AppContext } from '../context';
import { logError } from '../platform/errorLog';
import { keepAuditAnchor, writeAnchor } from './audit/anchor';
import { readAuditHead } from './audit/auditHead';
import { appendAudit } from './auditTrail';
import { inspectCopy } from './backupInspection';
import { backupFileName, createBackup, listBackups, rotateBackups } from './backups';
import { runningJobsOf } from './runningJobs';

const removeDatabaseFiles = async (file: string): Promise<void> => {
  for (const suffix of ['', '-wal', '-shm']) await rm(`${file}${suffix}`, { force: true });
};

const moveDatabaseFiles = async (from: string, to: string): Promise<void> => {
  await removeDatabaseFiles(to);
  for (const suffix of ['-wal', '-shm'])
    if (await stat(`${from}${suffix}`).catch(() => null)) await rename(`${from}${suffix}`, `${to}${suffix}`);
  await rename(from, to);
};

export const backupService = (ctx: AppContext) => {
  const findBackup = async (fileName: string): Promise<Backup> => {
    const chosen = (await listBackups(ctx.paths.backupsDir)).find((b) => b.fileName === fileName);
    if (!chosen) throw new DomainError('NOT_FOUND', 'errors.restore.notFound');
    return chosen;
  };

  /** Copies the backup next to the database and inspects the copy; the caller removes it. */
  const stage = async (fileName: string): Promise<{ staged: string; inspection: BackupInspection }> => {
    const source = join(ctx.paths.backupsDir, fileName);
    const staged = `${ctx.paths.databaseFile}.restoring`;
    await removeDatabaseFiles(staged);
    await copyFile(source, staged);
    return { staged, inspection: await inspectCopy(ctx, staged, source, fileName) };
  };

  /** The current database as a safety copy (a raw copy of the file when it cannot be read). */
  const safetyCopy = async (): Promise<void> => {
    const now = ctx.clock.now();
    if (ctx.integrity.ok) {
      await createBackup(ctx.db, ctx.paths.backupsDir, 'prerestore', now);
      return;
    }
    if (await stat(ctx.paths.databaseFile).catch(() => null))
      await copyFile(
        ctx.paths.databaseFile,
        join(ctx.paths.backupsDir, backupFileName(now, 'prerestore', 99)),
      );
  };

  /** Opens the swapped-in copy, records the restore and anchors the restored chain. Throws on any failure. */
  const openRestored = async (backup: Backup, inspection: BackupInspection): Promise<void> => {
    const reopened = await openDatabase(ctx.paths, ctx.clock);
    ctx.db = reopened.db;
    ctx.integrity = reopened.integrity;
    if (!reopened.integrity.ok)
      throw new Error(`restored database did not open: ${reopened.integrity.message}`);
    await ctx.db.transaction((tx) =>
      appendAudit(
        tx,
        {
          entity: 'backup',
          entityId: 0,
          action: 'restoreBackup',
          before: null,
          after: { fileName: backup.fileName, createdAt: backup.createdAt, head: inspection.head },
        },
        actorOf(ctx),
        nowIso(ctx),
      ),
    );
    // The restored chain is the trail from now on: its head becomes the anchor.
    writeAnchor(ctx, await readAuditHead(ctx.db));
    keepAuditAnchor(ctx);
  };

  /** Puts the database that was there before the restore back in place and reopens it. */
  const rollBack = async (aside: string): Promise<void> => {
    await ctx.db.close().catch(() => undefined);
    if (await stat(aside).catch(() => null)) await moveDatabaseFiles(aside, ctx.paths.databaseFile);
    else await removeDatabaseFiles(ctx.paths.databaseFile);
    const reopened = await openDatabase(ctx.paths, ctx.clock);
    ctx.db = reopened.db;
    ctx.integrity = reopened.integrity;
    keepAuditAnchor(ctx);
  };

  return {
    list: () => listBackups(ctx.paths.backupsDir),

    create: async (): Promise<Backup> => {
      const backup = await createBackup(ctx.db, ctx.paths.backupsDir, 'manual', ctx.clock.now());
      await rotateBackups(ctx.paths.backupsDir);
      return backup;
    },

    /** What the backup holds and whether it may be restored (problems refuse, warnings ask). */
    inspect: async (fileName: string): Promise<BackupInspection> => {
      await findBackup(fileName);
      const { staged, inspection } = await stage(fileName);
      await removeDatabaseFiles(staged);
      return inspection;
    },

    /**
     * Restores a backup: refused while a job uses the database; the copy is inspected (problems
     * refuse, warnings need `acceptWarnings`); the current database is saved as a "prerestore" copy
     * and kept aside; the copy is swapped in, reopened (migrating an older backup forward) and the
     * restore recorded in its audit trail. Any failure after the swap puts the previous database back.
     */
    restore: (fileName: string, acceptWarnings: boolean): Promise<null> =>
      runningJobsOf(ctx).exclusive('restore', async () => {
        const backup = await findBackup(fileName);
        const { staged, inspection } = await stage(fileName);
        try {
          if (inspection.problems.length > 0) {
            const problems = inspection.problems.map((p) => `backupCheck.problems.${p}`).join(',');
            throw new DomainError('CONFLICT', 'errors.restore.rejected', undefined, { problems });
          }
          if (inspection.warnings.length > 0 && !acceptWarnings)
            throw new DomainError('CONFLICT', 'errors.restore.confirmWarnings');
          await safetyCopy();
        } catch (error) {
          await removeDatabaseFiles(staged);
          throw error;
        }
        const aside = `${ctx.paths.databaseFile}.before-restore`;
        await ctx.db.close();
        if (await stat(ctx.paths.databaseFile).catch(() => null))
          await moveDatabaseFiles(ctx.paths.databaseFile, aside);
        await moveDatabaseFiles(staged, ctx.paths.databaseFile);
        try {
          await openRestored(backup, inspection);
        } catch (error) {
          logError('restore after swap', error);
          await rollBack(aside);
          throw new DomainError('CONFLICT', 'errors.restore.rolledBack');
        }
        await removeDatabaseFiles(aside);
        return null;
      }),
  };
};
