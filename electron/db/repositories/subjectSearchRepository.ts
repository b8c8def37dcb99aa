import type { Queryable } from '../connection';

/**
 * Subject look-ups as one statement that reads B-tree ranges in their key order and stops after the
 * number of subjects asked for (migrations 0006 and 0011): keys (phone, e-mail prefix), order numbers,
 * and the look-up terms (name words and phone tails per subject, address words per order). The first
 * streams give the exact hits, the word streams follow; every further word of a query is checked per
 * candidate by one seek into the subject's or its orders' terms. Merged-away subjects never match.
 */

/** The end of the range of strings that start with `prefix`. */
const upper = (prefix: string) => `${prefix}\u{10FFFF}`;

/** Where a word is looked for: the subject's name words and phone tails, its orders' address words. */
export interface WordRange {
  prefix: string;
  names: boolean;
  addresses: boolean;
}

export type SearchStream =
  | { kind: 'phone'; e164: string }
  | { kind: 'orderNumber'; numbers: string[] }
  | { kind: 'emailPrefix'; prefix: string }
  | { kind: 'word'; word: WordRange };

export interface SearchPlan {
  organisationId: number;
  /** Read in this order: exact hits first, then the driving word's ranges. */
  streams: SearchStream[];
  /** Every one of these must match a word stream's candidate as well (the other words of the query). */
  alsoWords: WordRange[];
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

/** The stream's subject ids in the order of the index it reads, at most :raw postings of a range. */
const streamSql = (s: SearchStream, p: Params): string[] => {
  switch (s.kind) {
    case 'phone':
      return [
        `SELECT subject_id AS id FROM subject_keys WHERE organisation_id = :organisationId AND kind = 'phone'
           AND value = ${p.add(s.e164)}`,
      ];
    case 'orderNumber': {
      const numbers = p.add(JSON.stringify(s.numbers));
      return [
        `SELECT id FROM (SELECT CASE r.n WHEN 0 THEN o.subject_id ELSE o.consignee_id END AS id
           FROM orders o JOIN (SELECT 0 AS n UNION ALL SELECT 1) r ON r.n = 0 OR o.consignee_id IS NOT NULL
           WHERE o.organisation_id = :organisationId AND o.external_id IN (SELECT value FROM json_each(${numbers})))`,
      ];
    }
    case 'emailPrefix':
      return [
        `SELECT id FROM (SELECT subject_id AS id FROM subject_keys WHERE organisation_id = :organisationId
           AND kind = 'email' AND value >= ${p.add(s.prefix)} AND value < ${p.add(upper(s.prefix))}
           ORDER BY value, subject_id LIMIT :raw)`,
      ];
    case 'word': {
      const from = p.add(s.word.prefix);
      const to = p.add(upper(s.word.prefix));
      return [
        ...(s.word.names
          ? [
              `SELECT id FROM (SELECT subject_id AS id FROM subject_terms WHERE organisation_id = :organisationId
                 AND term >= ${from} AND term < ${to} ORDER BY term, subject_id LIMIT :raw)`,
            ]
          : []),
        ...(s.word.addresses
          ? [
              `SELECT id FROM (SELECT CASE r.n WHEN 0 THEN o.subject_id ELSE o.consignee_id END AS id
                 FROM address_terms a JOIN orders o ON o.id = a.order_id
                   JOIN (SELECT 0 AS n UNION ALL SELECT 1) r ON r.n = 0 OR o.consignee_id IS NOT NULL
                 WHERE a.organisation_id = :organisationId AND a.term >= ${from} AND a.term < ${to}
                 ORDER BY a.term, a.order_id LIMIT :raw)`,
            ]
          : []),
      ];
    }
  }
};

/** The candidate `x.id` (of a word stream) has a name word / phone tail, or an order with an address word, starting with the word. */
const hasWordSql = (w: WordRange, p: Params): string => {
  const from = p.add(w.prefix);
  const to = p.add(upper(w.prefix));
  const inOrders = (column: string) =>
    `EXISTS (SELECT 1 FROM orders o JOIN address_terms a ON a.order_id = o.id AND a.term >= ${from} AND a.term < ${to}
       WHERE o.${column} = x.id)`;
  return `(${[
    ...(w.names
      ? [
          `EXISTS (SELECT 1 FROM subject_terms t WHERE t.subject_id = x.id AND t.term >= ${from} AND t.term < ${to})`,
        ]
      : []),
    ...(w.addresses ? [inOrders('subject_id'), inOrders('consignee_id')] : []),
  ].join(' OR ')})`;
};

/**
 * The first `limit` distinct live subjects of the plan, in stream order. `raw` bounds how many
 * postings each range stream reads (-1: no bound), so a rare combination of common words cannot read
 * a whole range.
 */
export const searchSubjectIds = async (
  q: Queryable,
  plan: SearchPlan,
  limit: number,
  raw: number,
): Promise<number[]> => {
  if (plan.streams.length === 0) return [];
  const p = new Params();
  const exact = plan.streams.filter((s) => s.kind !== 'word').flatMap((s) => streamSql(s, p));
  const words = plan.streams.filter((s) => s.kind === 'word').flatMap((s) => streamSql(s, p));
  const also = plan.alsoWords.map((w) => `AND ${hasWordSql(w, p)}`).join(' ');
  const streams = [
    ...exact,
    ...(words.length > 0 ? [`SELECT x.id FROM (${words.join(' UNION ALL ')}) x WHERE 1 ${also}`] : []),
  ];
  const rows = await q.all<{ id: number }>(
    `SELECT DISTINCT y.id FROM (${streams.join(' UNION ALL ')}) y
     WHERE EXISTS (SELECT 1 FROM subjects s WHERE s.id = y.id AND s.merged_into IS NULL)
     LIMIT :limit`,
    { ...p.values, organisationId: plan.organisationId, limit, raw },
  );
  return rows.map((r) => r.id);
};

/** Postings of each word (name words and address words), counted up to `cap`: the rarest drives. */
export const wordSizes = async (
  q: Queryable,
  organisationId: number,
  words: readonly WordRange[],
  cap: number,
): Promise<number[]> => {
  if (words.length === 0) return [];
  const p = new Params();
  const counted = (table: string, from: string, to: string) =>
    `(SELECT COUNT(*) FROM (SELECT 1 FROM ${table} WHERE organisation_id = :organisationId
       AND term >= ${from} AND term < ${to} LIMIT :cap))`;
  const columns = words.map((w, i) => {
    const from = p.add(w.prefix);
    const to = p.add(upper(w.prefix));
    const parts = [
      ...(w.names ? [counted('subject_terms', from, to)] : []),
      ...(w.addresses ? [counted('address_terms', from, to)] : []),
    ];
    return `${parts.length > 0 ? parts.join(' + ') : '0'} AS w${i}`;
  });
  const row = await q.get<Record<string, number>>(`SELECT ${columns.join(', ')}`, {
    ...p.values,
    organisationId,
    cap,
  });
  return words.map((_, i) => row?.[`w${i}`] ?? 0);
};
