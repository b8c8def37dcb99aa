import type { CorrespondenceKind } from '../../../shared/domain/correspondence';
import type { CorrespondenceSettingsValues } from '../../../shared/domain/correspondenceSettings';
import type { Selectable } from 'kysely';
import type { Queryable } from '../connection';
import type { CorrespondenceSettingsTable } from '../store/schema';
import type { Db, Tx } from '../store/types';

type SettingsRow = Selectable<CorrespondenceSettingsTable>;

export interface StoredCorrespondenceSettings {
  values: CorrespondenceSettingsValues;
  updatedAt: string;
}

/** The one mapping between the settings' fields and their columns, both directions. */
const toSettings = (r: SettingsRow): StoredCorrespondenceSettings => ({
  values: {
    incomingFormat: r.incoming_format,
    outgoingFormat: r.outgoing_format,
    kindCodes: JSON.parse(r.kind_codes) as Record<CorrespondenceKind, string>,
    timeZone: r.time_zone,
    signatoryPosition: r.signatory_position,
    signatoryName: r.signatory_name,
    executorName: r.executor_name,
    executorContact: r.executor_contact,
    kgBreachTargetHours: r.kg_breach_target_hours,
    gdprOptIn: r.gdpr_opt_in === 1,
  },
  updatedAt: r.updated_at,
});

const toRow = (organisationId: number, v: CorrespondenceSettingsValues, now: string): SettingsRow => ({
  organisation_id: organisationId,
  incoming_format: v.incomingFormat,
  outgoing_format: v.outgoingFormat,
  kind_codes: JSON.stringify(v.kindCodes),
  time_zone: v.timeZone,
  signatory_position: v.signatoryPosition,
  signatory_name: v.signatoryName,
  executor_name: v.executorName,
  executor_contact: v.executorContact,
  kg_breach_target_hours: v.kgBreachTargetHours,
  gdpr_opt_in: v.gdprOptIn ? 1 : 0,
  updated_at: now,
});

export const findCorrespondenceSettings = async (
  db: Db,
  organisationId: number,
): Promise<StoredCorrespondenceSettings | null> => {
  const row = await db.k
    .selectFrom('correspondence_settings')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return row ? toSettings(row) : null;
};

/** Inserts or replaces an organisation's settings (ON CONFLICT … DO UPDATE on both engines). */
export const saveCorrespondenceSettings = async (
  tx: Tx,
  organisationId: number,
  v: CorrespondenceSettingsValues,
  now: string,
): Promise<void> => {
  const row = toRow(organisationId, v, now);
  const replaced = (Object.keys(row) as (keyof SettingsRow)[]).filter((c) => c !== 'organisation_id');
  await tx.k
    .insertInto('correspondence_settings')
    .values(row)
    .onConflict((oc) =>
      oc
        .column('organisation_id')
        .doUpdateSet((eb) => Object.fromEntries(replaced.map((c) => [c, eb.ref(`excluded.${c}`)]))),
    )
    .execute();
};

/**
 * The next sequence number of a register for an organisation and year (call inside the transaction).
 * Not converted yet: it moves with the registering services, and in team mode the server assigns
 * numbers itself (cd_assign_number, docs/team-mode.md).
 */
export const nextSequence = async (
  q: Queryable,
  organisationId: number,
  register: 'incoming' | 'outgoing',
  year: number,
): Promise<number> => {
  const row = await q.get<{ last_seq: number }>(
    `INSERT INTO correspondence_counters (organisation_id, register, year, last_seq)
     VALUES (:organisationId, :register, :year, 1)
     ON CONFLICT (organisation_id, register, year) DO UPDATE SET last_seq = last_seq + 1
     RETURNING last_seq`,
    { organisationId, register, year },
  );
  if (!row) throw new Error('The sequence counter returned no row');
  return row.last_seq;
};
