import type { Queryable } from '../connection';

/**
 * Look-ups over the subjects ledger, all B-tree ranges (migration 0006): keys (phone, e-mail),
 * order numbers, and the look-up terms (name words, phone tails, address words). Merged-away subjects
 * never match. Each returns at most `cap` subject ids.
 */

const upper = (prefix: string) => `${prefix}\u{10FFFF}`;
const LIVE = 'AND EXISTS (SELECT 1 FROM subjects s WHERE s.id = x.id AND s.merged_into IS NULL)';

const ids = async (q: Queryable, sql: string, params: Record<string, unknown>) =>
  (await q.all<{ id: number }>(sql, params)).map((r) => r.id);

export const idsByPhone = (q: Queryable, organisationId: number, phone: string, cap: number) =>
  ids(
    q,
    `SELECT x.id FROM (SELECT subject_id AS id FROM subject_keys WHERE organisation_id = :organisationId
       AND kind = 'phone' AND value = :phone) x WHERE 1 ${LIVE} LIMIT :cap`,
    { organisationId, phone, cap },
  );

export const idsByEmailPrefix = (q: Queryable, organisationId: number, prefix: string, cap: number) =>
  ids(
    q,
    `SELECT DISTINCT x.id FROM (SELECT subject_id AS id FROM subject_keys WHERE organisation_id = :organisationId
       AND kind = 'email' AND value >= :prefix AND value < :upper ORDER BY value LIMIT :scan) x WHERE 1 ${LIVE} LIMIT :cap`,
    { organisationId, prefix, upper: upper(prefix), cap, scan: cap * 4 },
  );

/** Buyers and consignees of orders with this number (any source). */
export const idsByOrderNumber = (q: Queryable, organisationId: number, numbers: string[], cap: number) =>
  ids(
    q,
    `SELECT DISTINCT x.id FROM (
       SELECT subject_id AS id FROM orders WHERE organisation_id = :organisationId AND external_id IN (SELECT value FROM json_each(:numbers))
       UNION ALL SELECT consignee_id FROM orders WHERE organisation_id = :organisationId AND consignee_id IS NOT NULL
         AND external_id IN (SELECT value FROM json_each(:numbers))) x WHERE 1 ${LIVE} LIMIT :cap`,
    { organisationId, numbers: JSON.stringify(numbers), cap },
  );

/** Distinct terms starting with `prefix`, by successive index seeks (at most `max`). */
export const expandPrefix = async (
  q: Queryable,
  table: 'subject_terms' | 'address_terms',
  organisationId: number,
  prefix: string,
  max: number,
): Promise<string[]> => {
  const terms: string[] = [];
  let after = '';
  for (let i = 0; i <= max; i++) {
    const row = await q.get<{ term: string }>(
      `SELECT term FROM ${table} WHERE organisation_id = :organisationId AND term >= :prefix AND term > :after
       AND term < :upper ORDER BY term LIMIT 1`,
      { organisationId, prefix, after, upper: upper(prefix) },
    );
    if (!row) break;
    terms.push(row.term);
    after = row.term;
  }
  return terms;
};

/** How many postings a set of terms has, counted up to `limit` (to pick the most selective word). */
export const countPostings = async (
  q: Queryable,
  organisationId: number,
  terms: { names: string[]; addresses: string[] },
  limit: number,
): Promise<number> =>
  (
    await q.get<{ n: number }>(
      `SELECT COUNT(*) AS n FROM (
         SELECT 1 FROM subject_terms WHERE organisation_id = :organisationId AND term IN (SELECT value FROM json_each(:names))
         UNION ALL SELECT 1 FROM address_terms WHERE organisation_id = :organisationId AND term IN (SELECT value FROM json_each(:addresses))
         LIMIT :limit)`,
      {
        organisationId,
        names: JSON.stringify(terms.names),
        addresses: JSON.stringify(terms.addresses),
        limit,
      },
    )
  )?.n ?? 0;

const hasWord = (n: number) => `(
  EXISTS (SELECT 1 FROM subject_terms t WHERE t.organisation_id = :organisationId AND t.subject_id = x.id
    AND t.term IN (SELECT value FROM json_each(:n${n})))
  OR EXISTS (SELECT 1 FROM orders o JOIN address_terms a ON a.organisation_id = :organisationId AND a.order_id = o.id
    AND a.term IN (SELECT value FROM json_each(:a${n})) WHERE o.subject_id = x.id OR o.consignee_id = x.id))`;

/**
 * Subjects with every word: `driver` gives the candidates (a name word, a phone tail or an address
 * word of one of their orders), each of `others` must match a term of the subject as well.
 */
export const idsByWords = async (
  q: Queryable,
  organisationId: number,
  driver: { names: string[]; addresses: string[] },
  others: { names: string[]; addresses: string[] }[],
  cap: number,
): Promise<number[]> => {
  const params: Record<string, unknown> = {
    organisationId,
    dn: JSON.stringify(driver.names),
    da: JSON.stringify(driver.addresses),
    cap,
  };
  others.forEach((w, i) => {
    params[`n${i}`] = JSON.stringify(w.names);
    params[`a${i}`] = JSON.stringify(w.addresses);
  });
  return ids(
    q,
    `SELECT DISTINCT x.id FROM (
       SELECT subject_id AS id FROM subject_terms WHERE organisation_id = :organisationId AND term IN (SELECT value FROM json_each(:dn))
       UNION ALL SELECT o.subject_id FROM address_terms a JOIN orders o ON o.id = a.order_id
         WHERE a.organisation_id = :organisationId AND a.term IN (SELECT value FROM json_each(:da))
       UNION ALL SELECT o.consignee_id FROM address_terms a JOIN orders o ON o.id = a.order_id
         WHERE a.organisation_id = :organisationId AND a.term IN (SELECT value FROM json_each(:da)) AND o.consignee_id IS NOT NULL
     ) x WHERE 1 ${LIVE} ${others.map((_, i) => `AND ${hasWord(i)}`).join(' ')} LIMIT :cap`,
    params,
  );
};

/** Subjects with a phone whose last digits are these (ranges over the reversed digits). */
export const idsByPhoneTail = async (q: Queryable, organisationId: number, tails: string[], cap: number) => {
  const result: number[] = [];
  for (const tail of tails) {
    result.push(
      ...(await ids(
        q,
        `SELECT DISTINCT x.id FROM (SELECT subject_id AS id FROM subject_terms WHERE organisation_id = :organisationId
           AND term >= :tail AND term < :upper LIMIT :scan) x WHERE 1 ${LIVE} LIMIT :cap`,
        { organisationId, tail, upper: upper(tail), cap, scan: cap * 4 },
      )),
    );
  }
  return result;
};
