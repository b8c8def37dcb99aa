import type { CorrespondenceItem, CorrespondenceStatus } from '../../../shared/domain/correspondence';
import type { ExtensionUnit } from '../../../shared/deadlines';
import { canSetManually, canTransition, isOpenStatus } from '../../../shared/correspondence/statusWorkflow';
import { DomainError } from '../../../shared/ipc/result';
import { nowIso, type AppContext } from '../../context';
import type { Queryable } from '../../db/connection';
import { setItemBlocksSubject } from '../../db/repositories/correspondenceBlockRepository';
import {
  endPause,
  insertExtension,
  insertPause,
  itemPauses,
  setItemStatus,
  setItemSubject,
  type ItemRow,
} from '../../db/repositories/correspondenceRepository';
import { seedCalendars } from './calendars';
import { loadItem, mustFindItemRow } from './itemMapping';
import { auditItem } from './items';
import { resolveSender } from './itemValues';
import { recomputeItem } from './recompute';
import { scopeById } from './scope';

const conflict = (key: string) => new DomainError('CONFLICT', key);

/** Moves an item along the workflow; anything the workflow does not allow is a CONFLICT. */
export const moveStatus = async (
  tx: Queryable,
  row: ItemRow,
  to: CorrespondenceStatus,
  now: string,
): Promise<void> => {
  const from = row.status as CorrespondenceStatus;
  if (from === to) return;
  if (!canTransition(from, to)) throw conflict('errors.correspondence.transition');
  await setItemStatus(tx, row.id, to, now);
};

const runningPause = async (tx: Queryable, itemId: number) =>
  (await itemPauses(tx, itemId)).find((p) => p.to_date === null);

export const correspondenceWorkflowService = (ctx: AppContext) => {
  /** One audited change of an item whose deadline may move: seeds calendars, reloads, audits. */
  const change = (id: number, work: (tx: Queryable, row: ItemRow, now: string) => Promise<void>) => {
    const now = nowIso(ctx);
    return ctx.db.transaction(async (tx): Promise<CorrespondenceItem> => {
      await seedCalendars(tx, ctx.paths.resourcesDir, now);
      const row = await mustFindItemRow(tx, id);
      const before = await loadItem(tx, id);
      await work(tx, row, now);
      return auditItem(ctx, tx, id, 'update', before, now);
    });
  };

  const recompute = async (tx: Queryable, row: ItemRow, now: string) =>
    recomputeItem(tx, await scopeById(ctx, tx, row.organisation_id), row.id, now);

  return {
    /** By hand: any workflow step except `extended` and `paused`, which extend/pause record. */
    setStatus: (id: number, status: CorrespondenceStatus) =>
      change(id, async (tx, row, now) => {
        if (row.status === 'paused') throw conflict('errors.correspondence.pauseRunning');
        if (!canSetManually(row.status as CorrespondenceStatus, status) && row.status !== status)
          throw conflict('errors.correspondence.transition');
        await setItemStatus(tx, id, status, now);
      }),

    /** Records an extension (e.g. +5 working days with a reasoned notice) and recomputes the due date. */
    extend: (id: number, e: { amount: number; unit: ExtensionUnit; reason: string; grantedOn: string }) =>
      change(id, async (tx, row, now) => {
        if (row.status === 'paused') throw conflict('errors.correspondence.pauseRunning');
        if (!isOpenStatus(row.status as CorrespondenceStatus))
          throw conflict('errors.correspondence.notOpen');
        await insertExtension(tx, id, e, now);
        await recompute(tx, row, now);
        await moveStatus(tx, row, 'extended', now);
      }),

    /**
     * Records a pause. Without `to` the pause runs (status `paused`, counted up to today) until
     * `resume`; with `to` it is recorded as finished and the status stays.
     */
    pause: (id: number, p: { from: string; to: string; reason: string }) =>
      change(id, async (tx, row, now) => {
        if (!isOpenStatus(row.status as CorrespondenceStatus))
          throw conflict('errors.correspondence.notOpen');
        if (await runningPause(tx, id)) throw conflict('errors.correspondence.pauseRunning');
        const to = p.to === '' ? null : p.to;
        await insertPause(tx, id, { from: p.from, to, reason: p.reason, resumeStatus: row.status }, now);
        await recompute(tx, row, now);
        if (to === null) await moveStatus(tx, row, 'paused', now);
      }),

    /** Ends the running pause on `to` (its last paused day) and returns to the status before it. */
    resume: (id: number, to: string) =>
      change(id, async (tx, row, now) => {
        const pause = await runningPause(tx, id);
        if (!pause) throw conflict('errors.correspondence.noPause');
        if (to < pause.from_date)
          throw new DomainError('VALIDATION', 'errors.validation', { to: ['validation.date'] });
        await endPause(tx, pause.id, to, now);
        await recompute(tx, row, now);
        const back = pause.resume_status as CorrespondenceStatus;
        await setItemStatus(tx, id, canTransition('paused', back) ? back : 'inReview', now);
      }),

    /** Links the sender to a ledger subject (or unlinks it); the item's blocks follow. */
    linkSubject: (id: number, subjectId: number | null) =>
      change(id, async (tx, row, now) => {
        if (subjectId !== null) {
          await resolveSender(tx, row.organisation_id, {
            subjectId,
            name: row.sender_name,
            address: '',
            email: '',
            phone: '',
          });
        }
        await setItemSubject(tx, id, subjectId, now);
        await setItemBlocksSubject(tx, id, subjectId);
      }),
  };
};
