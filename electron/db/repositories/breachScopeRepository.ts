import type { ScopeCriteria } from '../../../shared/domain/breachScope';
import type { Queryable } from '../connection';
import { SUBJECT_ADDRESS_SQL } from './subjectRepository';

/**
 * Distinct subjects of the criteria. With a recipient: transfers → orders → subjects, the date range
 * on the transfer date (the order date when the transfer has none); without: orders → subjects, the
 * range on the order date. An import restricts to orders of that import.
 */
export const matchSql = (c: ScopeCriteria): { sql: string; params: Record<string, unknown> } => {
  const params: Record<string, unknown> = {
    organisationId: c.organisationId,
    recipientId: c.recipientId,
    importId: c.importId,
    from: c.from,
    to: c.to,
  };
  const day =
    c.recipientId !== null
      ? 'COALESCE(t.transferred_on, substr(o.ordered_at, 1, 10))'
      : 'substr(o.ordered_at, 1, 10)';
  const where = ['o.organisation_id = :organisationId'];
  if (c.importId !== null) where.push('o.import_id = :importId');
  if (c.from !== '') where.push(`${day} >= :from`);
  if (c.to !== '') where.push(`${day} <= :to`);
  const from =
    c.recipientId !== null
      ? 'transfers t JOIN orders o ON o.id = t.order_id AND t.recipient_id = :recipientId'
      : 'orders o';
  return { sql: `FROM ${from} WHERE ${where.join(' AND ')}`, params };
};

/** The subjects of the matched orders: buyers and consignees (both had their data passed on). */
export const parties = (sql: string) =>
  `SELECT o.subject_id AS sid ${sql} UNION SELECT o.consignee_id ${sql} AND o.consignee_id IS NOT NULL`;

export const countScope = async (
  q: Queryable,
  c: ScopeCriteria,
): Promise<{ subjects: number; orders: number }> => {
  const { sql, params } = matchSql(c);
  const row = await q.get<{ subjects: number; orders: number }>(
    `SELECT (SELECT COUNT(*) FROM (${parties(sql)})) AS subjects, COUNT(DISTINCT o.id) AS orders ${sql}`,
    params,
  );
  return { subjects: row?.subjects ?? 0, orders: row?.orders ?? 0 };
};

export interface ScopeSubjectRow {
  id: number;
  full_name: string;
  address: string;
  phones: string | null;
  emails: string | null;
}

export const SUBJECT_COLUMNS = `s.id, s.full_name, ${SUBJECT_ADDRESS_SQL} AS address,
  (SELECT group_concat(value, '\n') FROM subject_keys k WHERE k.subject_id = s.id AND k.kind = 'phone') AS phones,
  (SELECT group_concat(value, '\n') FROM subject_keys k WHERE k.subject_id = s.id AND k.kind = 'email') AS emails`;

export const scopeSubjectsOfCriteria = (
  q: Queryable,
  c: ScopeCriteria,
  offset: number,
  limit: number,
): Promise<ScopeSubjectRow[]> => {
  const { sql, params } = matchSql(c);
  return q.all<ScopeSubjectRow>(
    `SELECT ${SUBJECT_COLUMNS} FROM subjects s WHERE s.id IN (${parties(sql)})
     ORDER BY s.full_name, s.id LIMIT :limit OFFSET :offset`,
    { ...params, offset, limit },
  );
};

export const scopeSubjectsOfIncident = (
  q: Queryable,
  incidentId: number,
  offset: number,
  limit: number,
): Promise<ScopeSubjectRow[]> =>
  q.all<ScopeSubjectRow>(
    `SELECT ${SUBJECT_COLUMNS} FROM breach_scope_subjects b JOIN subjects s ON s.id = b.subject_id
     WHERE b.incident_id = :incidentId ORDER BY s.full_name, s.id LIMIT :limit OFFSET :offset`,
    { incidentId, offset, limit },
  );

export interface ScopeRow {
  incident_id: number;
  recipient_id: number | null;
  recipient_name: string | null;
  from_date: string;
  to_date: string;
  import_id: number | null;
  import_file_name: string | null;
  subjects: number;
  saved_at: string;
  /** Set when a merge, split or undo changed subjects of the scope after it was saved. */
  outdated_at: string | null;
  outdated_reason: string;
}

export const findScope = (q: Queryable, incidentId: number): Promise<ScopeRow | undefined> =>
  q.get<ScopeRow>(
    `SELECT b.*, r.legal_name AS recipient_name, i.file_name AS import_file_name FROM breach_scopes b
     LEFT JOIN recipients r ON r.id = b.recipient_id LEFT JOIN imports i ON i.id = b.import_id
     WHERE b.incident_id = :incidentId`,
    { incidentId },
  );

/** Replaces the incident's scope: criteria row + the distinct subject ids (INSERT … SELECT). */
export const saveScope = async (
  q: Queryable,
  incidentId: number,
  c: ScopeCriteria,
  now: string,
): Promise<number> => {
  await q.run('DELETE FROM breach_scope_subjects WHERE incident_id = :incidentId', { incidentId });
  const { sql, params } = matchSql(c);
  const { changes } = await q.run(
    `INSERT INTO breach_scope_subjects (incident_id, subject_id) SELECT DISTINCT :incidentId, sid FROM (${parties(sql)})`,
    { ...params, incidentId },
  );
  await q.run(
    `INSERT INTO breach_scopes (incident_id, recipient_id, from_date, to_date, import_id, subjects, saved_at)
     VALUES (:incidentId, :recipientId, :from, :to, :importId, :subjects, :now)
     ON CONFLICT (incident_id) DO UPDATE SET recipient_id = excluded.recipient_id, from_date = excluded.from_date,
       to_date = excluded.to_date, import_id = excluded.import_id, subjects = excluded.subjects,
       saved_at = excluded.saved_at, outdated_at = NULL, outdated_reason = ''`,
    {
      incidentId,
      recipientId: c.recipientId,
      from: c.from,
      to: c.to,
      importId: c.importId,
      subjects: changes,
      now,
    },
  );
  return changes;
};
