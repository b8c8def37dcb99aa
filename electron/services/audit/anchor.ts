import type { AuditAnchor, AuditHead } from '../../../shared/domain/auditIntegrity';
import type { AppContext } from '../../context';
import type { Queryable } from '../../db/connection';
import { logError } from '../../platform/errorLog';
import { runningJobsOf } from '../runningJobs';
import { readAuditHeadAfter } from './auditHead';

const anchorOf = (ctx: AppContext): AuditAnchor | null => ctx.settings.read().auditAnchor;

/** Writes the head as the anchor (settings store, outside the database). */
export const writeAnchor = (ctx: AppContext, head: AuditHead | null): void => {
  try {
    ctx.settings.write({ auditAnchor: head ? { ...head, anchoredAt: ctx.clock.now().toISOString() } : null });
  } catch (error) {
    // A full disk must not undo the committed change; the next commit or start anchors again.
    logError('audit anchor', error);
  }
};

/** Brings the anchor up to the chain head if entries were added since it was written. */
export const refreshAnchor = async (ctx: AppContext, q: Queryable): Promise<void> => {
  const anchor = anchorOf(ctx);
  const last = await q.get<{ id: number }>('SELECT max(id) AS id FROM audit_log');
  if ((last?.id ?? 0) === (anchor?.lastId ?? 0)) return;
  writeAnchor(ctx, await readAuditHeadAfter(q, anchor));
};

const detachers = new WeakMap<AppContext, () => void>();

/**
 * Keeps the anchor at the chain head: after every transaction the main process commits, and after
 * every worker job (imports append from their own connection). Call again after the database is
 * replaced (restore).
 */
export const keepAuditAnchor = (ctx: AppContext): void => {
  detachers.get(ctx)?.();
  const db = ctx.db;
  const offCommit = db.onCommit((writer) => refreshAnchor(ctx, writer));
  const offJob = runningJobsOf(ctx).onEnded(() => {
    void db.exclusive(() => refreshAnchor(ctx, db)).catch((e: unknown) => logError('audit anchor', e));
  });
  detachers.set(ctx, () => {
    offCommit();
    offJob();
  });
};
