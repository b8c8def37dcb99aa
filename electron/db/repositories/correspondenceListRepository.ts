import { sql, type Expression, type SqlBool } from 'kysely';
import { addDays } from '../../../shared/deadlines/isoDate';
import type { CorrespondenceQueryParsed } from '../../../shared/domain/correspondenceQuery';
import { sortKey } from '../../../shared/format/sortKey';
import type { Queryable } from '../connection';
import { dbOf, txOf } from '../store/interop';
import type { Db, Engine, Tx } from '../store/types';
import type { ItemRow } from './correspondenceRepository';

/** Unconverted callers (the listing service) still read with a Queryable. */
type Reader = Db | Queryable;

export interface ListRow extends ItemRow {
  organisation_name: string;
  organisation_legal_form: string;
}

const OPEN = sql<SqlBool>`i.status NOT IN ('answered', 'closed')`;

/**
 * The organisation's today (shifted by `days`) for each item: the days are computed in JS per
 * organisation ({ "o<id>": "YYYY-MM-DD" }) and bound in a CASE, so no engine's date or JSON
 * functions are needed.
 */
const dayOfItem = (todays: Record<string, string>, days = 0) => {
  const cases = Object.entries(todays).map(
    ([key, day]) => sql`WHEN ${Number(key.slice(1))} THEN ${days === 0 ? day : addDays(day, days)}`,
  );
  return cases.length === 0
    ? sql<string>`NULL`
    : sql<string>`(CASE i.organisation_id ${sql.join(cases, sql` `)} END)`;
};

const SORT = {
  dueDate: sql`i.due_date`,
  receivedDate: sql`i.received_date`,
  number: sql`i.year * 1000000 + i.seq`,
  updatedAt: sql`i.updated_at`,
} satisfies Record<CorrespondenceQueryParsed['sort'], unknown>;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Full-text search, the one place it differs per engine (docs/team-mode.md §6): SQLite's FTS5
 * trigram table (rowid = item id; the tokenizer folds case), PostgreSQL's table of the text
 * lower-cased by the app with a pg_trgm GIN index (LIKE on lower-cased text: the same matches
 * whatever the server's locale). Three characters or more, any part of the text.
 */
const searchMatches = (engine: Engine, search: string): Expression<SqlBool> =>
  engine === 'sqlite'
    ? sql`i.id IN (SELECT rowid FROM correspondence_search WHERE correspondence_search MATCH ${`"${search.replace(/"/g, '""')}"`})`
    : sql`i.id IN (SELECT item_id FROM correspondence_search WHERE text LIKE ${`%${escapeLike(sortKey(search))}%`} ESCAPE '\\')`;

/** The text an item is found by: number, sender, e-mail, phone, demands, notes, their reference, orders. */
const searchTextOf = (r: ItemRow): string =>
  [
    r.number,
    r.sender_name,
    r.sender_email,
    r.sender_phone,
    r.demands,
    r.notes,
    r.sender_ref_number,
    (JSON.parse(r.order_numbers) as string[]).join(' '),
  ].join(' ');

/** Rewrites the item's search entry (after registration and every edit of the text it is found by). */
export const reindexItem = async (q: Tx | Queryable, id: number): Promise<void> => {
  const tx = txOf(q);
  const row = await tx.k
    .selectFrom('correspondence_items')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return;
  const text = searchTextOf(row);
  if (tx.engine === 'sqlite') {
    await sql`DELETE FROM correspondence_search WHERE rowid = ${id}`.execute(tx.k);
    await sql`INSERT INTO correspondence_search (rowid, text) VALUES (${id}, ${text})`.execute(tx.k);
  } else
    await sql`INSERT INTO correspondence_search (item_id, text) VALUES (${id}, ${sortKey(text)})
      ON CONFLICT (item_id) DO UPDATE SET text = excluded.text`.execute(tx.k);
};

const whereOf = (engine: Engine, query: CorrespondenceQueryParsed, todays: Record<string, string>) => {
  const today = dayOfItem(todays);
  const where: Expression<SqlBool>[] = [];
  if (query.organisationId !== null) where.push(sql`i.organisation_id = ${query.organisationId}`);
  if (query.subjectId !== null) where.push(sql`i.subject_id = ${query.subjectId}`);
  if (query.kinds.length > 0) where.push(sql`i.kind IN (${sql.join(query.kinds)})`);
  if (query.statuses.length > 0) where.push(sql`i.status IN (${sql.join(query.statuses)})`);
  if (query.due === 'overdue') where.push(OPEN, sql`i.due_date < ${today}`);
  if (query.due === 'today') where.push(OPEN, sql`i.due_date = ${today}`);
  if (query.due === 'week') where.push(OPEN, sql`i.due_date BETWEEN ${today} AND ${dayOfItem(todays, 7)}`);
  if (query.due === 'range') {
    if (query.dueFrom !== '') where.push(sql`i.due_date >= ${query.dueFrom}`);
    if (query.dueTo !== '') where.push(sql`i.due_date <= ${query.dueTo}`);
  }
  const search = query.search.trim();
  if (search.length >= 3) where.push(searchMatches(engine, search));
  // Too short for trigrams: a number prefix («12» finds «12-П/2026»).
  else if (search !== '') where.push(sql`i.number LIKE ${`${escapeLike(search)}%`} ESCAPE '\\'`);
  return where;
};

/** Items with their organisation's name and legal form, as lists show them. */
const selectListRows = (db: Db) =>
  db.k
    .selectFrom('correspondence_items as i')
    .innerJoin('organisations as o', 'o.id', 'i.organisation_id')
    .selectAll('i')
    .select(['o.name as organisation_name', 'o.legal_form as organisation_legal_form']);

export const listItems = async (
  q: Reader,
  query: CorrespondenceQueryParsed,
  todays: Record<string, string>,
): Promise<{ rows: ListRow[]; total: number }> => {
  const db = dbOf(q);
  const where = whereOf(db.engine, query, todays);
  const direction = query.direction === 'desc' ? 'desc' : 'asc';
  const rows = await selectListRows(db)
    .where((eb) => eb.and(where))
    .orderBy(SORT[query.sort], direction)
    .orderBy('i.id', direction)
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  const total = await db.k
    .selectFrom('correspondence_items as i')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => eb.and(where))
    .executeTakeFirst();
  return { rows, total: Number(total?.n ?? 0) };
};

/** Open items due within a week of their organisation's today, or overdue: the start page. */
export const urgentItems = (
  q: Reader,
  organisationId: number | null,
  todays: Record<string, string>,
): Promise<ListRow[]> => {
  let query = selectListRows(dbOf(q))
    .where(OPEN)
    .where(sql<SqlBool>`i.due_date <= ${dayOfItem(todays, 7)}`);
  if (organisationId !== null) query = query.where('i.organisation_id', '=', organisationId);
  return query.orderBy('i.due_date').orderBy('i.due_at').orderBy('i.id').limit(2000).execute();
};

export const countOpenItems = async (q: Reader, organisationId: number | null): Promise<number> => {
  let query = dbOf(q)
    .k.selectFrom('correspondence_items as i')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(OPEN);
  if (organisationId !== null) query = query.where('i.organisation_id', '=', organisationId);
  return Number((await query.executeTakeFirst())?.n ?? 0);
};

/** Items registered (received) between two dates, for the incoming journal. */
export const journalItems = (
  q: Reader,
  organisationId: number,
  from: string,
  to: string,
): Promise<ListRow[]> =>
  selectListRows(dbOf(q))
    .where('i.organisation_id', '=', organisationId)
    .where('i.received_date', '>=', from)
    .where('i.received_date', '<=', to)
    .orderBy('i.year')
    .orderBy('i.seq')
    .execute();
