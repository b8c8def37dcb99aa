import type { Recipient } from '../../shared/domain/recipient';
import type { BulkResult } from '../../shared/domain/recipientBulk';
import { localIsoDate } from '../../shared/format/date';
import { DomainError } from '../../shared/ipc/result';
import type { AppContext } from '../context';
import {
  findRecipient,
  setRecipientArchived,
  setRecipientReviewDate,
} from '../db/repositories/recipientRepository';
import { auditedChange, lockForChange, type Change } from '../db/store/auditedChange';
import type { Db } from '../db/store/types';
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
  const read = async (db: Db, id: number, organisationId: number) => {
    const row = await findRecipient(db, id);
    if (!row || row.organisation_id !== organisationId) throw new DomainError('NOT_FOUND', 'errors.notFound');
    return toRecipient(row, localIsoDate(ctx.clock.now()));
  };

  /** Each selected record (locked, in id order), then `apply` to those it changes, each audited. */
  const eachSelected = (
    selection: Selection,
    action: 'update' | 'archive',
    check: (records: Recipient[]) => void,
    apply: (c: Change, before: Recipient) => Promise<boolean>,
  ): Promise<BulkResult> =>
    auditedChange(ctx, async (c) => {
      const ids = [...new Set(selection.ids)].sort((a, b) => a - b);
      const records: Recipient[] = [];
      for (const id of ids) {
        await lockForChange(c.tx, { entity: 'recipient', entityId: id });
        records.push(await read(c.tx, id, selection.organisationId));
      }
      check(records);
      let changed = 0;
      for (const before of records) {
        if (!(await apply(c, before))) continue;
        const after = await read(c.tx, before.id, selection.organisationId);
        await c.audit({
          entity: 'recipient',
          entityId: before.id,
          organisationId: selection.organisationId,
          action,
          before,
          after,
        });
        changed += 1;
      }
      if (changed === 0) c.nothingChanged();
      return { changed };
    });

  return {
    setReviewDate: (input: Selection & { reviewDate: string }): Promise<BulkResult> =>
      eachSelected(
        input,
        'update',
        // An archived record is not edited (as in the form): the batch is refused, not half-applied.
        (records) => {
          if (records.some((r) => r.archivedAt)) throw new DomainError('CONFLICT', 'errors.archived');
        },
        async ({ tx, now }, before) => {
          if (before.reviewDate === input.reviewDate) return false;
          await setRecipientReviewDate(tx, before.id, input.reviewDate, now);
          return true;
        },
      ),

    archive: (input: Selection & { reason: string }): Promise<BulkResult> =>
      eachSelected(
        input,
        'archive',
        () => undefined,
        async ({ tx, now }, before) => {
          if (before.archivedAt) return false;
          await setRecipientArchived(tx, before.id, now, input.reason, now);
          return true;
        },
      ),
  };
};
