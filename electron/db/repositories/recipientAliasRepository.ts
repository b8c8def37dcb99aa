import type { Selectable } from 'kysely';
import type { Queryable } from '../connection';
import { dbOf } from '../store/interop';
import type { RecipientAliasesTable } from '../store/schema';
import type { Db, Tx } from '../store/types';

export type AliasRow = Pick<
  Selectable<RecipientAliasesTable>,
  'field' | 'value_key' | 'value' | 'recipient_id'
>;

/** A shop's delivery/payment values and the recipients they map to, by field and value. */
export const listAliases = (q: Db | Queryable, organisationId: number): Promise<AliasRow[]> =>
  dbOf(q)
    .k.selectFrom('recipient_aliases')
    .select(['field', 'value_key', 'value', 'recipient_id'])
    .where('organisation_id', '=', organisationId)
    .orderBy('field')
    .orderBy('value')
    .execute();

export const upsertAlias = async (
  tx: Tx,
  a: {
    organisationId: number;
    field: 'delivery' | 'payment';
    key: string;
    value: string;
    recipientId: number | null;
  },
  now: string,
): Promise<void> => {
  await tx.k
    .insertInto('recipient_aliases')
    .values({
      organisation_id: a.organisationId,
      field: a.field,
      value_key: a.key,
      value: a.value,
      recipient_id: a.recipientId,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc.columns(['organisation_id', 'field', 'value_key']).doUpdateSet((eb) => ({
        recipient_id: eb.ref('excluded.recipient_id'),
        value: eb.ref('excluded.value'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
};
