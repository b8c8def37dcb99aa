import type { BreachData, BreachStatus } from '../../../shared/domain/breach';
import type { Queryable } from '../connection';

export interface BreachRow {
  id: number;
  organisation_id: number;
  seq: number;
  year: number;
  number: string;
  detected_at: string;
  became_aware_at: string;
  detected_by: string;
  description: string;
  data_categories: string;
  subject_categories: string;
  recipient_ids: string;
  systems: string;
  approx_subjects: number | null;
  approx_records: number | null;
  presumed_causes: string;
  likely_consequences: string;
  measures_taken: string;
  investigation_results: string;
  persons_responsible: string;
  contact_name: string;
  contact_position: string;
  contact_phone: string;
  contact_email: string;
  notes: string;
  status: BreachStatus;
  severity: string | null;
  decision: string | null;
  created_at: string;
  updated_at: string;
}

type Facts = Omit<BreachData, 'organisationId'>;

const factParams = (d: Facts) => ({
  detectedAt: d.detectedAt,
  becameAwareAt: d.becameAwareAt,
  detectedBy: d.detectedBy,
  description: d.description,
  dataCategories: JSON.stringify(d.dataCategories),
  subjectCategories: JSON.stringify(d.subjectCategories),
  recipientIds: JSON.stringify(d.recipientIds),
  systems: JSON.stringify(d.systems),
  approxSubjects: d.approxSubjects,
  approxRecords: d.approxRecords,
  presumedCauses: d.presumedCauses,
  likelyConsequences: d.likelyConsequences,
  measuresTaken: d.measuresTaken,
  investigationResults: d.investigationResults,
  personsResponsible: d.personsResponsible,
  contactName: d.contactName,
  contactPosition: d.contactPosition,
  contactPhone: d.contactPhone,
  contactEmail: d.contactEmail,
  notes: d.notes,
});

const FACT_COLUMNS = `detected_at = :detectedAt, became_aware_at = :becameAwareAt, detected_by = :detectedBy,
  description = :description, data_categories = :dataCategories, subject_categories = :subjectCategories,
  recipient_ids = :recipientIds, systems = :systems, approx_subjects = :approxSubjects,
  approx_records = :approxRecords, presumed_causes = :presumedCauses, likely_consequences = :likelyConsequences,
  measures_taken = :measuresTaken, investigation_results = :investigationResults,
  persons_responsible = :personsResponsible, contact_name = :contactName, contact_position = :contactPosition,
  contact_phone = :contactPhone, contact_email = :contactEmail, notes = :notes`;

/** Next number of the organisation's year (counter row per organisation and year). */
export const nextBreachSeq = async (q: Queryable, organisationId: number, year: number): Promise<number> => {
  await q.run(
    `INSERT INTO breach_counters (organisation_id, year, last_seq) VALUES (:organisationId, :year, 1)
     ON CONFLICT (organisation_id, year) DO UPDATE SET last_seq = last_seq + 1`,
    { organisationId, year },
  );
  const row = await q.get<{ last_seq: number }>(
    'SELECT last_seq FROM breach_counters WHERE organisation_id = :organisationId AND year = :year',
    { organisationId, year },
  );
  return row?.last_seq ?? 1;
};

export const insertBreach = async (
  q: Queryable,
  p: { organisationId: number; seq: number; year: number; number: string; data: Facts; now: string },
): Promise<number> => {
  const { lastID } = await q.run(
    `INSERT INTO breach_incidents (organisation_id, seq, year, number, detected_at, became_aware_at, detected_by,
       description, data_categories, subject_categories, recipient_ids, systems, approx_subjects, approx_records,
       presumed_causes, likely_consequences, measures_taken, investigation_results, persons_responsible,
       contact_name, contact_position, contact_phone, contact_email, notes, status, created_at, updated_at)
     VALUES (:organisationId, :seq, :year, :number, :detectedAt, :becameAwareAt, :detectedBy, :description,
       :dataCategories, :subjectCategories, :recipientIds, :systems, :approxSubjects, :approxRecords,
       :presumedCauses, :likelyConsequences, :measuresTaken, :investigationResults, :personsResponsible,
       :contactName, :contactPosition, :contactPhone, :contactEmail, :notes, 'open', :now, :now)`,
    {
      organisationId: p.organisationId,
      seq: p.seq,
      year: p.year,
      number: p.number,
      now: p.now,
      ...factParams(p.data),
    },
  );
  return lastID;
};

export const updateBreachFacts = (q: Queryable, id: number, data: Facts, now: string) =>
  q.run(`UPDATE breach_incidents SET ${FACT_COLUMNS}, updated_at = :now WHERE id = :id`, {
    id,
    now,
    ...factParams(data),
  });

export const setBreachField = (
  q: Queryable,
  id: number,
  field: 'status' | 'severity' | 'decision' | 'approx_subjects',
  value: string | number | null,
  now: string,
) =>
  q.run(`UPDATE breach_incidents SET ${field} = :value, updated_at = :now WHERE id = :id`, {
    id,
    value,
    now,
  });

export const findBreach = (q: Queryable, id: number): Promise<BreachRow | undefined> =>
  q.get<BreachRow>('SELECT * FROM breach_incidents WHERE id = :id', { id });

/** Incidents of one or every organisation, newest detection first. */
export const listBreaches = async (
  q: Queryable,
  f: {
    organisationId: number | null;
    statuses: readonly string[];
    search: string;
    offset: number;
    limit: number;
  },
): Promise<{ rows: BreachRow[]; total: number }> => {
  const where = ['(:organisationId IS NULL OR organisation_id = :organisationId)'];
  const params: Record<string, unknown> = {
    organisationId: f.organisationId,
    offset: f.offset,
    limit: f.limit,
  };
  if (f.statuses.length > 0) {
    where.push(`status IN (${f.statuses.map((_, i) => `:s${i}`).join(', ')})`);
    f.statuses.forEach((s, i) => (params[`s${i}`] = s));
  }
  if (f.search !== '') {
    where.push(
      `(number LIKE :like OR description LIKE :like OR detected_by LIKE :like OR systems LIKE :like)`,
    );
    params.like = `%${f.search.replace(/[%_]/g, '')}%`;
  }
  const sql = `FROM breach_incidents WHERE ${where.join(' AND ')}`;
  const total = (await q.get<{ n: number }>(`SELECT COUNT(*) AS n ${sql}`, params))?.n ?? 0;
  const rows = await q.all<BreachRow>(
    `SELECT * ${sql} ORDER BY detected_at DESC, id DESC LIMIT :limit OFFSET :offset`,
    params,
  );
  return { rows, total };
};
