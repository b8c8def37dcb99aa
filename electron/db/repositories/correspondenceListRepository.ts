import { addDays } from '../../../shared/deadlines/isoDate';
import type { CorrespondenceQueryParsed } from '../../../shared/domain/correspondenceQuery';
import type { Queryable } from '../connection';
import type { ItemRow } from './correspondenceRepository';

export interface ListRow extends ItemRow {
  organisation_name: string;
  organisation_legal_form: string;
}

const OPEN = "i.status NOT IN ('answered', 'closed')";
/** Today of the item's organisation, from a JSON object { "o<id>": "YYYY-MM-DD" }. */
const TODAY = "json_extract(:todays, '$.o' || i.organisation_id)";
/**
 * A week after it (the «due this week» window's end), computed here and bound like today: no
 * engine's date arithmetic in the SQL (docs/team-mode.md §12, step 4).
 */
const WEEK_END = "json_extract(:weekEnds, '$.o' || i.organisation_id)";

/** The bound values of TODAY and WEEK_END. */
const dayParams = (todays: Record<string, string>) => ({
  todays: JSON.stringify(todays),
  weekEnds: JSON.stringify(
    Object.fromEntries(Object.entries(todays).map(([k, day]) => [k, addDays(day, 7)])),
  ),
});

const SORT: Record<CorrespondenceQueryParsed['sort'], string> = {
  dueDate: 'i.due_date',
  receivedDate: 'i.received_date',
  number: 'i.year * 1000000 + i.seq',
  updatedAt: 'i.updated_at',
};

/** `"text"` for an FTS5 MATCH: the search as one phrase (trigram: any substring of 3+ characters). */
const ftsPhrase = (search: string): string => `"${search.replace(/"/g, '""')}"`;

const whereOf = (query: CorrespondenceQueryParsed, todays: Record<string, string>) => {
  const where: string[] = [];
  const params: Record<string, unknown> = dayParams(todays);
  if (query.organisationId !== null) {
    where.push('i.organisation_id = :organisationId');
    params.organisationId = query.organisationId;
  }
  if (query.subjectId !== null) {
    where.push('i.subject_id = :subjectId');
    params.subjectId = query.subjectId;
  }
  if (query.kinds.length > 0) {
    where.push('i.kind IN (SELECT value FROM json_each(:kinds))');
    params.kinds = JSON.stringify(query.kinds);
  }
  if (query.statuses.length > 0) {
    where.push('i.status IN (SELECT value FROM json_each(:statuses))');
    params.statuses = JSON.stringify(query.statuses);
  }
  if (query.due === 'overdue') where.push(`${OPEN} AND i.due_date < ${TODAY}`);
  if (query.due === 'today') where.push(`${OPEN} AND i.due_date = ${TODAY}`);
  if (query.due === 'week') where.push(`${OPEN} AND i.due_date BETWEEN ${TODAY} AND ${WEEK_END}`);
  if (query.due === 'range') {
    if (query.dueFrom !== '') where.push('i.due_date >= :dueFrom');
    if (query.dueTo !== '') where.push('i.due_date <= :dueTo');
    params.dueFrom = query.dueFrom;
    params.dueTo = query.dueTo;
  }
  const search = query.search.trim();
  if (search.length >= 3) {
    where.push('i.id IN (SELECT rowid FROM correspondence_search WHERE correspondence_search MATCH :match)');
    params.match = ftsPhrase(search);
  } else if (search !== '') {
    // Too short for trigrams: a number prefix («12» finds «12-П/2026»).
    where.push(`i.number LIKE :prefix ESCAPE '\\'`);
    params.prefix = `${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  }
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
};

export const listItems = async (
  q: Queryable,
  query: CorrespondenceQueryParsed,
  todays: Record<string, string>,
): Promise<{ rows: ListRow[]; total: number }> => {
  const { sql, params } = whereOf(query, todays);
  const direction = query.direction === 'desc' ? 'DESC' : 'ASC';
  const rows = await q.all<ListRow>(
    `SELECT i.*, o.name AS organisation_name, o.legal_form AS organisation_legal_form
     FROM correspondence_items i JOIN organisations o ON o.id = i.organisation_id ${sql}
     ORDER BY ${SORT[query.sort]} ${direction}, i.id ${direction} LIMIT :limit OFFSET :offset`,
    { ...params, limit: query.limit, offset: query.offset },
  );
  const total =
    (await q.get<{ n: number }>(`SELECT COUNT(*) AS n FROM correspondence_items i ${sql}`, params))?.n ?? 0;
  return { rows, total };
};

/** Open items due within a week of their organisation's today, or overdue: the start page. */
export const urgentItems = (
  q: Queryable,
  organisationId: number | null,
  todays: Record<string, string>,
): Promise<ListRow[]> =>
  q.all<ListRow>(
    `SELECT i.*, o.name AS organisation_name, o.legal_form AS organisation_legal_form
     FROM correspondence_items i JOIN organisations o ON o.id = i.organisation_id
     WHERE ${OPEN} AND (:organisationId IS NULL OR i.organisation_id = :organisationId)
       AND i.due_date <= ${WEEK_END}
     ORDER BY i.due_date, i.due_at, i.id LIMIT 2000`,
    { organisationId, ...dayParams(todays) },
  );

export const countOpenItems = async (q: Queryable, organisationId: number | null): Promise<number> =>
  (
    await q.get<{ n: number }>(
      `SELECT COUNT(*) AS n FROM correspondence_items i
       WHERE ${OPEN} AND (:organisationId IS NULL OR i.organisation_id = :organisationId)`,
      { organisationId },
    )
  )?.n ?? 0;

/** Items registered (received) between two dates, for the incoming journal. */
export const journalItems = (
  q: Queryable,
  organisationId: number,
  from: string,
  to: string,
): Promise<ListRow[]> =>
  q.all<ListRow>(
    `SELECT i.*, o.name AS organisation_name, o.legal_form AS organisation_legal_form
     FROM correspondence_items i JOIN organisations o ON o.id = i.organisation_id
     WHERE i.organisation_id = :organisationId AND i.received_date BETWEEN :from AND :to
     ORDER BY i.year, i.seq`,
    { organisationId, from, to },
  );
