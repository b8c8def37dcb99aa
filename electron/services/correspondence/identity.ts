import type { CorrespondenceItem, IdentityVerificationInput } from '../../../shared/domain/correspondence';
import { DomainError } from '../../../shared/ipc/result';
import { nowIso, type AppContext } from '../../context';
import { subjectKeys } from '../../db/repositories/correspondenceLedgerRepository';
import { setItemIdentity } from '../../db/repositories/correspondenceRepository';
import { loadItem, mustFindItemRow } from './itemMapping';
import { auditItem } from './items';
import { scopeById } from './scope';

type Input = Omit<IdentityVerificationInput, 'id'> & { note: string };

const invalid = (field: string, key: string) =>
  new DomainError('VALIDATION', 'errors.validation', { [field]: [key] });

/**
 * Records how the requester's identity was verified (method, by whom, when) on the item, audited.
 * «E-mail known in the ledger» holds only when the item is linked to a subject whose e-mail in the
 * ledger is the sender's: otherwise it proves nothing and is refused next to the field.
 */
export const identityService = (ctx: AppContext) => ({
  verify: async (id: number, input: Input): Promise<CorrespondenceItem> => {
    const now = nowIso(ctx);
    return ctx.db.transaction(async (tx) => {
      const row = await mustFindItemRow(tx, id);
      if (row.status === 'closed') throw new DomainError('CONFLICT', 'errors.correspondence.closed');
      const scope = await scopeById(ctx, tx, row.organisation_id);
      if (input.verifiedOn > scope.deadline.today)
        throw invalid('verifiedOn', 'validation.correspondence.dateInFuture');
      if (input.method === 'knownEmail') {
        const sender = row.sender_email.trim().toLowerCase();
        const known =
          row.subject_id !== null &&
          sender !== '' &&
          (await subjectKeys(tx, row.subject_id)).some((k) => k.kind === 'email' && k.value === sender);
        if (!known) throw invalid('method', 'validation.correspondence.emailNotInLedger');
      }
      const before = await loadItem(tx, id);
      const record = { ...input, recordedAt: now, recordedBy: ctx.osUser };
      await setItemIdentity(tx, id, JSON.stringify(record), now);
      return auditItem(ctx, tx, id, 'update', before, now);
    });
  },
});
