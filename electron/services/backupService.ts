import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Backup } from '../../shared/domain/app';
import { DomainError } from '../../shared/ipc/result';
import { openDatabase } from '../bootstrap';
import { actorOf, nowIso, type AppContext } from '../context';
import { appendAudit } from './auditTrail';
import {
  backupFileName,
  createBackup,
  listBackups,
  replaceDatabaseFile,
  stageBackup,
  rotateBackups,
} from './backups';

export const backupService = (ctx: AppContext) => ({
  list: () => listBackups(ctx.paths.backupsDir),

  create: async (): Promise<Backup> => {
    const backup = await createBackup(ctx.db, ctx.paths.backupsDir, 'manual', ctx.clock.now());
    await rotateBackups(ctx.paths.backupsDir);
    return backup;
  },

  /**
   * Restores a backup: checks it, saves the current database as a "prerestore" copy, swaps the file
   * and reopens (migrating an older backup forward). The restore itself is recorded in the audit trail.
   */
  restore: async (fileName: string): Promise<null> => {
    const backups = await listBackups(ctx.paths.backupsDir);
    const chosen = backups.find((b) => b.fileName === fileName);
    if (!chosen) throw new DomainError('NOT_FOUND', 'errors.notFound');
    const source = join(ctx.paths.backupsDir, chosen.fileName);
    const staged = await stageBackup(source, ctx.paths.databaseFile);
    try {
      await createBackup(ctx.db, ctx.paths.backupsDir, 'prerestore', ctx.clock.now());
    } catch {
      // A damaged database may refuse the backup API: keep a raw copy of the file instead.
      await copyFile(
        ctx.paths.databaseFile,
        join(ctx.paths.backupsDir, backupFileName(ctx.clock.now(), 'prerestore', 99)),
      );
    }
    await ctx.db.close();
    await replaceDatabaseFile(staged, ctx.paths.databaseFile);
    const reopened = await openDatabase(ctx.paths, ctx.clock);
    ctx.db = reopened.db;
    ctx.integrity = reopened.integrity;
    const now = nowIso(ctx);
    await ctx.db.transaction((tx) =>
      appendAudit(
        tx,
        {
          entity: 'backup',
          entityId: 0,
          action: 'restoreBackup',
          before: null,
          after: { fileName, createdAt: chosen.createdAt },
        },
        actorOf(ctx),
        now,
      ),
    );
    return null;
  },
});
