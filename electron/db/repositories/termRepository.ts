import { nameSignature } from '../../../shared/ledger/personName';
import { addressWords, nameTerms, phoneTailTerm } from '../../../shared/ledger/searchTerms';
import { insertRows } from '../batchInsert';
import type { Queryable } from '../connection';

/**
 * The look-up terms of subjects (migrations 0006 and 0013): the words of its name and of the names
 * of subjects merged into it, its phones' tails, and the words of the delivery addresses of its orders
 * (as buyer and as consignee). A subject merged into another has none. They are derived from the data
 * as it stands, so a change re-derives them for the subjects it touches (`withSubjectTerms`).
 */

interface TermSource {
  id: number;
  organisation_id: number;
  merged_into: number | null;
  names: string;
  phones: string | null;
  addresses: string | null;
}

const termSources = (q: Queryable, subjectIds: readonly number[]) =>
  q.all<TermSource>(
    `SELECT s.id, s.organisation_id, s.merged_into,
       s.full_name || char(10) || COALESCE((SELECT group_concat(m.full_name, char(10)) FROM subjects m WHERE m.merged_into = s.id), '') AS names,
       (SELECT group_concat(k.value, char(10)) FROM subject_keys k WHERE k.subject_id = s.id AND k.kind = 'phone') AS phones,
       (SELECT group_concat(a.address, char(10)) FROM (
          SELECT o.address FROM orders o WHERE o.subject_id = s.id AND o.address <> ''
          UNION SELECT o.address FROM orders o WHERE o.consignee_id = s.id AND o.address <> '') a) AS addresses
     FROM subjects s WHERE s.id IN (SELECT value FROM json_each(:ids))`,
    { ids: JSON.stringify(subjectIds) },
  );

/** [organisation_id, term, subject_id] rows of the given subjects as their data stands now. */
export const derivedSubjectTerms = async (q: Queryable, subjectIds: readonly number[]) => {
  const rows: [number, string, number][] = [];
  for (const s of await termSources(q, subjectIds)) {
    if (s.merged_into !== null) continue;
    const terms = new Set(s.names.split('\n').flatMap(nameTerms));
    for (const phone of (s.phones ?? '').split('\n')) if (phone !== '') terms.add(phoneTailTerm(phone));
    for (const word of addressWords(s.addresses ?? '')) terms.add(word);
    for (const term of terms) rows.push([s.organisation_id, term, s.id]);
  }
  return rows;
};

export const addTerms = (q: Queryable, rows: readonly [number, string, number][]) =>
  insertRows(q, 'subject_terms', ['organisation_id', 'term', 'subject_id'], rows, {
    orIgnore: true,
  });

const REINDEX_CHUNK = 2000;

/** Replaces the terms of the given subjects with the ones derived from their data now, in chunks. */
export const reindexSubjects = async (q: Queryable, subjectIds: readonly number[]): Promise<void> => {
  for (let at = 0; at < subjectIds.length; at += REINDEX_CHUNK) {
    const chunk = subjectIds.slice(at, at + REINDEX_CHUNK);
    await q.run(
      `DELETE FROM subject_terms WHERE (organisation_id, term, subject_id) IN
         (SELECT organisation_id, term, subject_id FROM subject_terms
          WHERE subject_id IN (SELECT value FROM json_each(:ids)))`,
      { ids: JSON.stringify(chunk) },
    );
    await addTerms(q, await derivedSubjectTerms(q, chunk));
  }
};

/** Runs `change`, then re-derives the terms of the subjects it touched. */
export const withSubjectTerms = async <T>(
  q: Queryable,
  subjectIds: readonly number[],
  change: () => Promise<T>,
): Promise<T> => {
  const result = await change();
  await reindexSubjects(q, subjectIds);
  return result;
};

/**
 * Address words of the given orders (as written) into migration 0006's per-order `address_terms`:
 * migration 0006's data step only (migration 0013 folds them into the subjects' terms).
 */
export const indexOrderAddresses = async (q: Queryable, fromId: number, toId: number) => {
  const orders = await q.all<{ id: number; organisation_id: number; address: string }>(
    `SELECT id, organisation_id, address FROM orders WHERE id BETWEEN :fromId AND :toId AND address <> ''`,
    { fromId, toId },
  );
  const rows = orders.flatMap((o) => addressWords(o.address).map((w) => [o.organisation_id, w, o.id]));
  await insertRows(q, 'address_terms', ['organisation_id', 'term', 'order_id'], rows, { orIgnore: true });
};

/** Migration 0006's data step: name signatures, subject terms and address terms of existing ledgers. */
export const indexExistingLedger = async (q: Queryable): Promise<void> => {
  const CHUNK = 5000;
  const maxSubject = (await q.get<{ id: number | null }>('SELECT MAX(id) AS id FROM subjects'))?.id ?? 0;
  for (let from = 1; from <= maxSubject; from += CHUNK) {
    const subjects = await q.all<{ id: number; full_name: string }>(
      'SELECT id, full_name FROM subjects WHERE id BETWEEN :from AND :to',
      { from, to: from + CHUNK - 1 },
    );
    await q.run(
      `UPDATE subjects SET name_key = x.value ->> 1 FROM json_each(:rows) AS x WHERE subjects.id = x.value ->> 0`,
      { rows: JSON.stringify(subjects.map((s) => [s.id, nameSignature(s.full_name)])) },
    );
    await addTerms(
      q,
      await derivedSubjectTerms(
        q,
        subjects.map((s) => s.id),
      ),
    );
  }
  const maxOrder = (await q.get<{ id: number | null }>('SELECT MAX(id) AS id FROM orders'))?.id ?? 0;
  for (let from = 1; from <= maxOrder; from += CHUNK) await indexOrderAddresses(q, from, from + CHUNK - 1);
};
