import type { RecipientAlias } from '../../../shared/domain/ledger';
import { aliasKey } from '../../../shared/ledger/aliasKey';
import { DomainError } from '../../../shared/ipc/result';
import type { AppContext } from '../../context';
import { createTransfersForAlias } from '../../db/repositories/importRepository';
import { listAliases, upsertAlias } from '../../db/repositories/recipientAliasRepository';
import { findRecipient } from '../../db/repositories/recipientRepository';
import { auditedChange, lockForChange } from '../../db/store/auditedChange';
import { storeOf } from '../../db/store/interop';

export const aliasService = (ctx: AppContext) => ({
  list: async (organisationId: number) =>
    (await listAliases(storeOf(ctx).read, organisationId)).map((a) => ({
      organisationId,
      field: a.field,
      value: a.value,
      key: a.value_key,
      recipientId: a.recipient_id,
    })),

  /**
   * Maps a delivery/payment value to a recipient (or to "no transfer"). Orders already in the ledger
   * follow the new mapping: transfers made under the old one are replaced. Audited. The ledger's
   * part (orders, transfers) runs through the transaction's legacy handle until the ledger is
   * converted (docs/team-mode.md §12, step 6).
   */
  set: async (alias: RecipientAlias): Promise<null> => {
    const key = aliasKey(alias.value);
    if (key === '')
      throw new DomainError('VALIDATION', 'errors.validation', { value: ['validation.required'] });
    await auditedChange(ctx, async ({ tx, now, audit }) => {
      await lockForChange(tx, { entity: 'recipientAlias', entityId: alias.organisationId });
      if (alias.recipientId !== null) {
        const recipient = await findRecipient(tx, alias.recipientId);
        if (!recipient || recipient.organisation_id !== alias.organisationId) {
          throw new DomainError('VALIDATION', 'errors.validation', { recipientId: ['errors.notFound'] });
        }
      }
      const before = (await listAliases(tx, alias.organisationId)).find(
        (a) => a.field === alias.field && a.value_key === key,
      );
      if (before && before.recipient_id !== alias.recipientId && before.recipient_id !== null) {
        const column = alias.field === 'delivery' ? 'delivery_key' : 'payment_key';
        await tx.legacy.run(
          `DELETE FROM transfers WHERE basis = :field AND recipient_id = :old
           AND order_id IN (SELECT id FROM orders WHERE organisation_id = :org AND ${column} = :key)`,
          { field: alias.field, old: before.recipient_id, org: alias.organisationId, key },
        );
      }
      await upsertAlias(
        tx,
        {
          organisationId: alias.organisationId,
          field: alias.field,
          key,
          value: alias.value,
          recipientId: alias.recipientId,
        },
        now,
      );
      const transfers = await createTransfersForAlias(tx.legacy, alias.organisationId, alias.field, key);
      await audit({
        entity: 'recipientAlias',
        entityId: alias.organisationId,
        organisationId: alias.organisationId,
        action: before ? 'update' : 'create',
        before: before
          ? { field: before.field, value: before.value, recipientId: before.recipient_id }
          : null,
        after: {
          field: alias.field,
          value: alias.value,
          recipientId: alias.recipientId,
          transfersCreated: transfers,
        },
      });
    });
    return null;
  },
});
