import { insertRows } from '../batchInsert';
import type { Queryable } from '../connection';

/** SQL of the subjects ledger used by the import pipeline (batched; sets passed as JSON arrays). */

export const existingOrderIds = async (
  q: Queryable,
  organisationId: number,
  source: string,
  externalIds: string[],
): Promise<Set<string>> =>
  new Set(
    (
      await q.all<{ external_id: string }>(
        `SELECT external_id FROM orders WHERE organisation_id = :organisationId AND source = :source
         AND external_id IN (SELECT value FROM json_each(:ids))`,
        { organisationId, source, ids: JSON.stringify(externalIds) },
      )
    ).map((r) => r.external_id),
  );

export interface KeyRow {
  kind: 'phone' | 'email';
  value: string;
  subject_id: number;
}

export const findSubjectKeys = (
  q: Queryable,
  organisationId: number,
  phones: string[],
  emails: string[],
): Promise<KeyRow[]> =>
  q.all<KeyRow>(
    `SELECT kind, value, subject_id FROM subject_keys
     WHERE organisation_id = :organisationId AND kind = 'phone' AND value IN (SELECT value FROM json_each(:phones))
     UNION ALL
     SELECT kind, value, subject_id FROM subject_keys
     WHERE organisation_id = :organisationId AND kind = 'email' AND value IN (SELECT value FROM json_each(:emails))`,
    { organisationId, phones: JSON.stringify(phones), emails: JSON.stringify(emails) },
  );

export const nextSubjectId = async (q: Queryable): Promise<number> =>
  ((await q.get<{ id: number | null }>('SELECT MAX(id) AS id FROM subjects'))?.id ?? 0) + 1;

export const firstOrderIdAfter = async (q: Queryable): Promise<number> =>
  ((await q.get<{ id: number | null }>('SELECT MAX(id) AS id FROM orders'))?.id ?? 0) + 1;

/** Search text of subjects: the name and every phone and e-mail, for the trigram index. */
export const subjectSearchTexts = (q: Queryable, subjectIds: number[]) =>
  q.all<{ id: number; text: string }>(
    `SELECT s.id, s.full_name || ' ' || COALESCE((SELECT group_concat(k.value, ' ') FROM subject_keys k WHERE k.subject_id = s.id), '') AS text
     FROM subjects s WHERE s.id IN (SELECT value FROM json_each(:ids))`,
    { ids: JSON.stringify(subjectIds) },
  );

export const reindexSubjects = async (q: Queryable, subjectIds: number[]): Promise<void> => {
  if (subjectIds.length === 0) return;
  await q.run('DELETE FROM subjects_search WHERE rowid IN (SELECT value FROM json_each(:ids))', {
    ids: JSON.stringify(subjectIds),
  });
  const texts = await subjectSearchTexts(q, subjectIds);
  await insertRows(
    q,
    'subjects_search',
    ['rowid', 'text'],
    texts.map((t) => [t.id, t.text.toLocaleLowerCase('ru')]),
  );
};

/** First and last order dates of the given subjects, from their orders. */
export const refreshSubjectOrderDates = async (q: Queryable, subjectIds: number[]): Promise<void> => {
  await q.run(
    `UPDATE subjects SET
       first_order_at = (SELECT MIN(ordered_at) FROM orders o WHERE o.subject_id = subjects.id),
       last_order_at = (SELECT MAX(ordered_at) FROM orders o WHERE o.subject_id = subjects.id)
     WHERE id IN (SELECT value FROM json_each(:ids))`,
    { ids: JSON.stringify(subjectIds) },
  );
};

/** Widens known subjects' first/last order dates with a batch's dates: [[id, first, last], …]. */
export const widenSubjectOrderDates = async (
  q: Queryable,
  spans: [number, string | null, string | null][],
): Promise<void> => {
  if (spans.length === 0) return;
  await q.run(
    `UPDATE subjects SET
       first_order_at = CASE WHEN first_order_at IS NULL OR x.f < first_order_at THEN x.f ELSE first_order_at END,
       last_order_at = CASE WHEN last_order_at IS NULL OR x.l > last_order_at THEN x.l ELSE last_order_at END
     FROM (SELECT value ->> 0 AS id, value ->> 1 AS f, value ->> 2 AS l FROM json_each(:spans)) AS x
     WHERE subjects.id = x.id`,
    { spans: JSON.stringify(spans) },
  );
};

/** Creates the transfers implied by the recipient aliases for orders of one import from `fromOrderId` on. */
export const createTransfers = async (
  q: Queryable,
  importId: number,
  fromOrderId: number,
): Promise<number> => {
  let created = 0;
  for (const [field, keyColumn] of [
    ['delivery', 'delivery_key'],
    ['payment', 'payment_key'],
  ] as const) {
    const result = await q.run(
      `INSERT OR IGNORE INTO transfers (order_id, recipient_id, basis, transferred_on)
       SELECT o.id, a.recipient_id, '${field}', substr(o.ordered_at, 1, 10)
       FROM orders o JOIN recipient_aliases a
         ON a.organisation_id = o.organisation_id AND a.field = '${field}' AND a.value_key = o.${keyColumn}
       WHERE o.import_id = :importId AND o.id >= :fromOrderId AND a.recipient_id IS NOT NULL`,
      { importId, fromOrderId },
    );
    created += result.changes;
  }
  return created;
};

/**
 * Removes everything an unfinished import wrote (cancel, crash or kill), leaving the ledger as it was.
 * Subjects it created that something else now refers to are kept, detached from the import.
 */
export const removeImportData = async (q: Queryable, importId: number): Promise<void> => {
  const touched = (
    await q.all<{ subject_id: number }>(
      `SELECT DISTINCT k.subject_id FROM subject_keys k JOIN subjects s ON s.id = k.subject_id
       WHERE k.import_id = :importId AND (s.import_id IS NULL OR s.import_id <> :importId)`,
      { importId },
    )
  ).map((r) => r.subject_id);
  await q.run('DELETE FROM transfers WHERE order_id IN (SELECT id FROM orders WHERE import_id = :importId)', {
    importId,
  });
  await q.run('DELETE FROM orders WHERE import_id = :importId', { importId });
  await q.run(
    `DELETE FROM subjects_search WHERE rowid IN (SELECT id FROM subjects WHERE import_id = :importId)`,
    { importId },
  );
  await q.run('DELETE FROM subject_keys WHERE import_id = :importId', { importId });
  await q.run(
    `DELETE FROM subjects WHERE import_id = :importId
       AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.subject_id = subjects.id)
       AND NOT EXISTS (SELECT 1 FROM correspondence_items c WHERE c.subject_id = subjects.id)
       AND NOT EXISTS (SELECT 1 FROM subject_blocks b WHERE b.subject_id = subjects.id)`,
    { importId },
  );
  await q.run('UPDATE subjects SET import_id = NULL WHERE import_id = :importId', { importId });
  await reindexSubjects(q, touched);
  await refreshSubjectOrderDates(q, touched);
  await q.run('DELETE FROM import_rejections WHERE import_id = :importId', { importId });
  await q.run('DELETE FROM imports WHERE id = :importId', { importId });
};

export const unfinishedImports = async (q: Queryable): Promise<number[]> =>
  (await q.all<{ id: number }>("SELECT id FROM imports WHERE status = 'running'")).map((r) => r.id);
