import type { SubjectBlock } from '../../../shared/domain/correspondenceBlock';
import { DomainError } from '../../../shared/ipc/result';
import { actorOf, nowIso, type AppContext } from '../../context';
import type { Queryable } from '../../db/connection';
import {
  activeBlocks,
  endBlock,
  findBlock,
  insertBlock,
  listBlocks,
  type BlockRow,
} from '../../db/repositories/correspondenceBlockRepository';
import { appendAudit } from '../auditTrail';
import { mustFindItemRow } from './itemMapping';

export const toBlock = (r: BlockRow): SubjectBlock => ({
  id: r.id,
  organisationId: r.organisation_id,
  subjectId: r.subject_id,
  itemId: r.item_id,
  itemNumber: r.item_number,
  from: r.from_date,
  until: r.until_date,
  reason: r.reason,
  endReason: r.end_reason,
  active: r.until_date === null,
  createdAt: r.created_at,
  endedAt: r.ended_at,
});

const mustFindBlock = async (q: Queryable, id: number): Promise<SubjectBlock> => {
  const row = await findBlock(q, id);
  if (!row) throw new DomainError('NOT_FOUND', 'errors.notFound');
  return toBlock(row);
};

export const subjectBlockService = (ctx: AppContext) => ({
  list: async (f: {
    organisationId: number | null;
    subjectId: number | null;
    itemId: number | null;
    activeOnly: boolean;
  }) => (await listBlocks(ctx.db, f)).map(toBlock),

  forSubjects: async (subjectIds: number[]) => (await activeBlocks(ctx.db, subjectIds)).map(toBlock),

  /** A block for any item (e.g. a correction request: data blocked while checked, 152-FZ art. 21 p. 1). */
  create: async (itemId: number, from: string, reason: string): Promise<SubjectBlock> => {
    const now = nowIso(ctx);
    return ctx.db.transaction(async (tx) => {
      const item = await mustFindItemRow(tx, itemId);
      const id = await insertBlock(
        tx,
        { organisationId: item.organisation_id, subjectId: item.subject_id, itemId, from, reason },
        now,
      );
      const after = await mustFindBlock(tx, id);
      await appendAudit(
        tx,
        { entity: 'subjectBlock', entityId: id, action: 'create', before: null, after },
        actorOf(ctx),
        now,
      );
      return after;
    });
  },

  /** The check ended: the block is lifted on `until` (not before it began), with the reason. */
  end: async (id: number, until: string, reason: string): Promise<SubjectBlock> => {
    const now = nowIso(ctx);
    return ctx.db.transaction(async (tx) => {
      const before = await mustFindBlock(tx, id);
      if (!before.active) throw new DomainError('CONFLICT', 'errors.correspondence.blockEnded');
      if (until < before.from)
        throw new DomainError('VALIDATION', 'errors.validation', { until: ['validation.date'] });
      await endBlock(tx, id, until, reason, now);
      const after = await mustFindBlock(tx, id);
      await appendAudit(
        tx,
        { entity: 'subjectBlock', entityId: id, action: 'update', before, after },
        actorOf(ctx),
        now,
      );
      return after;
    });
  },
});
