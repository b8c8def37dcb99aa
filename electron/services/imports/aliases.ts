import type { RecipientAlias } from '../../../shared/domain/ledger';
import { aliasKey } from '../../../shared/ledger/aliasKey';
import { DomainError } from '../../../shared/ipc/result';
import { actorOf, nowIso, type AppContext } from '../../context';
import { createTransfersForAlias, listAliases, upsertAlias } from '../../db/repositories/importRepository';
import { findRecipient } from '../../db/repositories/recipientRepository';
import { appendAudit } from '../auditTrail';

export const aliasService = (ctx: AppContext) => ({
  list: async (organisationId: number) =>
    (await listAliases(ctx.db, organisationId)).map((a) => ({
      organisationId,
      field: a.field,
      value: a.value,
      key: a.value_key,
      recipientId: a.recipient_id,
    })),

  /**
   * Maps a delivery/payment value to a recipient (or to "no transfer"). Orders already in the ledger
   * follow the new mapping: transfers made under the old one are replaced. Audited.
   */
  set: async (alias: RecipientAlias): Promise<null> => {
    const key = aliasKey(alias.value);
    if (key === '')
      throw new DomainError('VALIDATION', 'errors.validation', { value: ['validation.required'] });
    const now = nowIso(ctx);
    await ctx.db.transaction(async (tx) => {
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
        await tx.run(
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
      const transfers = await createTransfersForAlias(tx, alias.organisationId, alias.field, key);
      await appendAudit(
        tx,
        {
          entity: 'recipientAlias',
          entityId: alias.organisationId,
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
        },
        actorOf(ctx),
        now,
      );
    });
    return null;
  },
});
