import type { CorrespondenceKind } from '../../../shared/domain/correspondence';
import type { CorrespondenceSettingsValues } from '../../../shared/domain/correspondenceSettings';
import type { Queryable } from '../connection';

interface SettingsRow {
  organisation_id: number;
  incoming_format: string;
  outgoing_format: string;
  kind_codes: string;
  time_zone: string;
  signatory_position: string;
  signatory_name: string;
  executor_name: string;
  executor_contact: string;
  kg_breach_target_hours: number;
  gdpr_opt_in: number;
  updated_at: string;
}

export interface StoredCorrespondenceSettings {
  values: CorrespondenceSettingsValues;
  updatedAt: string;
}

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

export const findCorrespondenceSettings = async (
  q: Queryable,
  organisationId: number,
): Promise<StoredCorrespondenceSettings | null> => {
  const row = await q.get<SettingsRow>(
    'SELECT * FROM correspondence_settings WHERE organisation_id = :organisationId',
    { organisationId },
  );
  return row ? toSettings(row) : null;
};

export const saveCorrespondenceSettings = async (
  q: Queryable,
  organisationId: number,
  v: CorrespondenceSettingsValues,
  now: string,
): Promise<void> => {
  await q.run(
    `INSERT INTO correspondence_settings (organisation_id, incoming_format, outgoing_format, kind_codes, time_zone,
       signatory_position, signatory_name, executor_name, executor_contact, kg_breach_target_hours, gdpr_opt_in,
       updated_at)
     VALUES (:organisationId, :incomingFormat, :outgoingFormat, :kindCodes, :timeZone, :signatoryPosition,
       :signatoryName, :executorName, :executorContact, :kgBreachTargetHours, :gdprOptIn, :now)
     ON CONFLICT (organisation_id) DO UPDATE SET incoming_format = excluded.incoming_format,
       outgoing_format = excluded.outgoing_format, kind_codes = excluded.kind_codes,
       time_zone = excluded.time_zone, signatory_position = excluded.signatory_position,
       signatory_name = excluded.signatory_name, executor_name = excluded.executor_name,
       executor_contact = excluded.executor_contact, kg_breach_target_hours = excluded.kg_breach_target_hours,
       gdpr_opt_in = excluded.gdpr_opt_in, updated_at = excluded.updated_at`,
    {
      organisationId,
      ...v,
      kindCodes: JSON.stringify(v.kindCodes),
      gdprOptIn: v.gdprOptIn ? 1 : 0,
      now,
    },
  );
};

/** The next sequence number of a register for an organisation and year (call inside the transaction). */
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
