import type { SubjectListItem } from '../../../shared/domain/ledger';
import type { Queryable } from '../connection';
import { LIST_COLUMNS, toListItem, type ListRow } from './subjectRepository';

/**
 * Subject look-ups as one statement that reads B-tree ranges in their key order and stops after the
 * number of subjects asked for (migrations 0006, 0011, 0013): the keys (phone, e-mail prefix), order
 * numbers, and `subject_terms` — a subject's name words, phone tails and address words. The exact
 * streams give the exact hits; the driving ranges follow; every further word of a query is checked
 * per candidate by one seek into `subject_terms (subject_id, term)`. No candidate is read from the
 * subjects table (a subject merged into another holds no terms and no keys): only the complete set of
 * at most `byNameUpTo` hits is joined to the subjects to be listed by name.
 */

/** The end of the range of strings that start with `prefix`. */
const upper = (prefix: string) => `${prefix}\u{10FFFF}`;

/** A word of the query: the subject needs `needed` distinct terms starting with `prefix`. */
export interface WordCheck {
  prefix: string;
  /** This word and the longer query words it starts («иван» in «иван иванов»): each needs its own term. */
  needed: number;
}

export type ExactStream =
  | { kind: 'phone'; e164: string }
  | { kind: 'orderNumber'; numbers: string[] }
  | { kind: 'emailPrefix'; prefix: string };

export interface SearchPlan {
  organisationId: number;
  /** Listed first: subjects found by a key or an order number. */
  exact: ExactStream[];
  /** Term prefixes whose subjects follow (a word, or a phone's tails), read in key order. */
  drive: string[];
  /** Every one of these must hold for a subject of the driving ranges (the other words of the query). */
  checks: WordCheck[];
}

export interface SearchWindow {
  /** At most this many subjects of each kind (exact, driven) are collected and counted. */
  wanted: number;
  /** Postings read of each driving range (-1: no bound). */
  raw: number;
  /** When the hits collected are at most this many, they are listed by name; else in index order. */
  byNameUpTo: number;
  offset: number;
  limit: number;
}

class Params {
  readonly values: Record<string, unknown> = {};
  private n = 0;
  add(value: unknown): string {
    const name = `p${(this.n += 1)}`;
    this.values[name] = value;
    return `:${name}`;
  }
}

const exactSql = (s: ExactStream, p: Params): string => {
  switch (s.kind) {
    case 'phone':
      return `SELECT subject_id AS id FROM subject_keys WHERE organisation_id = :organisationId AND kind = 'phone'
           AND value = ${p.add(s.e164)}`;
    case 'orderNumber': {
      const numbers = p.add(JSON.stringify(s.numbers));
      return `SELECT id FROM (SELECT CASE r.n WHEN 0 THEN o.subject_id ELSE o.consignee_id END AS id
           FROM orders o JOIN (SELECT 0 AS n UNION ALL SELECT 1) r ON r.n = 0 OR o.consignee_id IS NOT NULL
           WHERE o.organisation_id = :organisationId AND o.external_id IN (SELECT value FROM json_each(${numbers})))`;
    }
    case 'emailPrefix':
      return `SELECT id FROM (SELECT subject_id AS id FROM subject_keys WHERE organisation_id = :organisationId
           AND kind = 'email' AND value >= ${p.add(s.prefix)} AND value < ${p.add(upper(s.prefix))}
           ORDER BY value, subject_id LIMIT :wanted)`;
  }
};

const rangeSql = (prefix: string, p: Params) =>
  `SELECT id FROM (SELECT subject_id AS id FROM subject_terms WHERE organisation_id = :organisationId
     AND term >= ${p.add(prefix)} AND term < ${p.add(upper(prefix))} ORDER BY term, subject_id LIMIT :raw)`;

/** The candidate `x.id` has `needed` distinct terms starting with the word. */
const checkSql = (c: WordCheck, p: Params): string => {
  const terms = `FROM subject_terms t WHERE t.subject_id = x.id AND t.term >= ${p.add(c.prefix)} AND t.term < ${p.add(upper(c.prefix))}`;
  return c.needed <= 1
    ? `EXISTS (SELECT 1 ${terms})`
    : `(SELECT COUNT(*) FROM (SELECT 1 ${terms} LIMIT ${p.add(c.needed)})) = ${p.add(c.needed)}`;
};

/** The plan's statement: the hits collected (exact and driven, up to `wanted` each) on every row, and the page's subjects (none: one row). */
export const searchSql = (plan: SearchPlan, w: SearchWindow) => {
  const p = new Params();
  const exact = plan.exact.map((s) => exactSql(s, p));
  const ranges = plan.drive.map((prefix) => rangeSql(prefix, p));
  const checks = plan.checks.map((c) => `AND ${checkSql(c, p)}`).join(' ');
  const none = 'SELECT NULL AS id WHERE 0';
  const sql = `WITH
    exact(id) AS (SELECT DISTINCT id FROM (${exact.length > 0 ? exact.join(' UNION ALL ') : none}) LIMIT :wanted),
    driven(id) AS (SELECT DISTINCT x.id FROM (${ranges.length > 0 ? ranges.join(' UNION ALL ') : none}) x
      WHERE 1 ${checks} LIMIT :wanted),
    hits(id, rank, seq) AS MATERIALIZED (
      SELECT id, 0, ROW_NUMBER() OVER () FROM exact
      UNION ALL SELECT id, 1, ROW_NUMBER() OVER () FROM driven WHERE id NOT IN (SELECT id FROM exact)),
    counted(n) AS MATERIALIZED (SELECT COUNT(*) FROM hits),
    page(id, rank, name, seq) AS (
      SELECT * FROM (SELECT h.id, h.rank, s.full_name, s.id FROM counted c CROSS JOIN hits h
          CROSS JOIN subjects s ON s.id = h.id WHERE c.n <= :byNameUpTo
        ORDER BY h.rank, s.full_name, s.id LIMIT :limit OFFSET :offset)
      UNION ALL
      SELECT * FROM (SELECT h.id, h.rank, NULL, h.seq FROM counted c CROSS JOIN hits h WHERE c.n > :byNameUpTo
        ORDER BY h.rank, h.seq LIMIT :limit OFFSET :offset))
    SELECT c.n AS hits, ${LIST_COLUMNS}
    FROM counted c LEFT JOIN (page p CROSS JOIN subjects s ON s.id = p.id) ON 1 ORDER BY p.rank, p.name, p.seq`;
  return { sql, params: { ...p.values, organisationId: plan.organisationId, ...w } };
};

/** Runs the plan: how many hits were collected (at most `wanted` of each kind) and the page's subjects. */
export const searchSubjectPage = async (
  q: Queryable,
  plan: SearchPlan,
  window: SearchWindow,
): Promise<{ hits: number; items: SubjectListItem[] }> => {
  const { sql, params } = searchSql(plan, window);
  const rows = await q.all<ListRow & { hits: number; id: number | null }>(sql, params);
  return { hits: rows[0]?.hits ?? 0, items: rows.filter((r) => r.id !== null).map(toListItem) };
};

/** Postings of each word in `subject_terms`, counted up to `cap`: the rarest drives. */
export const wordSizes = async (
  q: Queryable,
  organisationId: number,
  prefixes: readonly string[],
  cap: number,
): Promise<number[]> => {
  if (prefixes.length === 0) return [];
  const p = new Params();
  const columns = prefixes.map(
    (prefix, i) =>
      `(SELECT COUNT(*) FROM (SELECT 1 FROM subject_terms WHERE organisation_id = :organisationId
         AND term >= ${p.add(prefix)} AND term < ${p.add(upper(prefix))} LIMIT :cap)) AS w${i}`,
  );
  const row = await q.get<Record<string, number>>(`SELECT ${columns.join(', ')}`, {
    ...p.values,
    organisationId,
    cap,
  });
  return prefixes.map((_, i) => row?.[`w${i}`] ?? 0);
};
