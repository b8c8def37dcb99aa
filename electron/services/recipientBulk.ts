import type { Recipient } from '../../shared/domain/recipient';
import type { BulkResult } from '../../shared/domain/recipientBulk';
import { localIsoDate } from '../../shared/format/date';
import { DomainError } from '../../shared/ipc/result';
import { actorOf, nowIso, type AppContext } from '../context';
import type { Queryable } from '../db/connection';
import {
  findRecipient,
  setRecipientArchived,
  setRecipientReviewDate,
} from '../db/repositories/recipientRepository';
import { appendAudit } from './auditTrail';
import { toRecipient } from './recipientMapping';

interface Selection {
  organisationId: number;
  ids: readonly number[];
}

/**
 * Bulk actions on the rows selected in the register. One transaction for the whole selection, one
 * audit entry per changed record: either every selected record changes or none does (a recipient of
 * another organisation, or one that is gone, refuses the whole batch).
 */
export const recipientBulkService = (ctx: AppContext) => {
  const selected = async (tx: Queryable, organisationId: number, ids: readonly number[]) => {
    const today = localIsoDate(ctx.clock.now());
    const records: Recipient[] = [];
    for (const id of new Set(ids)) {
      const row = await findRecipient(tx, id);
      if (!row || row.organisation_id !== organisationId)
        throw new DomainError('NOT_FOUND', 'errors.notFound');
      records.push(toRecipient(row, today));
    }
    const reread = async (id: number) => {
      const row = await findRecipient(tx, id);
      if (!row) throw new DomainError('NOT_FOUND', 'errors.notFound');
      return toRecipient(row, today);
    };
    return { records, reread };
  };

  return {
    setReviewDate: async (input: Selection & { reviewDate: string }): Promise<BulkResult> => {
      const now = nowIso(ctx);
      return ctx.db.transaction(async (tx) => {
        const { records, reread } = await selected(tx, input.organisationId, input.ids);
        // An archived record is not edited (as in the form): the batch is refused, not half-applied.
        if (records.some((r) => r.archivedAt)) throw new DomainError('CONFLICT', 'errors.archived');
        let changed = 0;
        for (const before of records) {
          if (before.reviewDate === input.reviewDate) continue;
          await setRecipientReviewDate(tx, before.id, input.reviewDate, now);
          const after = await reread(before.id);
          await appendAudit(
            tx,
            { entity: 'recipient', entityId: before.id, action: 'update', before, after },
            actorOf(ctx),
            now,
          );
          changed += 1;
        }
        return { changed };
      });
    },

    archive: async (input: Selection & { reason: string }): Promise<BulkResult> => {
      const now = nowIso(ctx);
      return ctx.db.transaction(async (tx) => {
        const { records, reread } = await selected(tx, input.organisationId, input.ids);
        let changed = 0;
        for (const before of records) {
          if (before.archivedAt) continue;
          await setRecipientArchived(tx, before.id, now, input.reason, now);
          const after = await reread(before.id);
          await appendAudit(
            tx,
            { entity: 'recipient', entityId: before.id, action: 'archive', before, after },
            actorOf(ctx),
            now,
          );
          changed += 1;
        }
        return { changed };
      });
    },
  };
};
