import { rename, stat } from 'node:fs/promises';
import { fileStamp } from '../../shared/format/date';
import { DomainError } from '../../shared/ipc/result';
import { openDatabase } from '../bootstrap';
import type { AppContext } from '../context';
import { keepAuditAnchor, writeAnchor } from './audit/anchor';
import { runningJobsOf } from './runningJobs';

/** Channels that still answer in recovery mode (the database is not open). */
export const RECOVERY_CHANNELS: ReadonlySet<string> = new Set([
  'app:info',
  'settings:get',
  'settings:update',
  'backups:list',
  'backups:inspect',
  'backups:restore',
  'recovery:startFresh',
  'audit:startupCheck',
]);

/**
 * Recovery with no usable backup: the unreadable file is kept aside (renamed, never deleted: it may
 * still be recoverable by a specialist) and a new empty database is started.
 */
export const startFresh = (ctx: AppContext): Promise<null> =>
  runningJobsOf(ctx).exclusive('startFresh', async () => {
    if (ctx.integrity.ok) throw new DomainError('CONFLICT', 'errors.conflict');
    await ctx.db.close().catch(() => undefined);
    const aside = `${ctx.paths.databaseFile}.unreadable-${fileStamp(ctx.clock.now())}`;
    for (const suffix of ['', '-wal', '-shm'])
      if (await stat(`${ctx.paths.databaseFile}${suffix}`).catch(() => null))
        await rename(`${ctx.paths.databaseFile}${suffix}`, `${aside}${suffix}`);
    const opened = await openDatabase(ctx.paths, ctx.clock);
    ctx.db = opened.db;
    ctx.integrity = opened.integrity;
    // The old trail is gone with the old file: the new, empty one is the anchored trail now.
    writeAnchor(ctx, null);
    keepAuditAnchor(ctx);
    return null;
  });
