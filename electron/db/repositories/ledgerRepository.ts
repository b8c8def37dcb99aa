import type { Queryable } from '../connection';
import { reindexSubjects, withSubjectTerms } from './termRepository';

/** SQL of the subjects ledger shared by the import worker, the clean-up at start and undo. */

/** Subjects the import created that later records refer to (a claim, a block, a saved breach scope). */
export const referencedSubjectsSql = `
  SELECT s.id FROM subjects s WHERE s.import_id = :importId AND (
    EXISTS (SELECT 1 FROM correspondence_items c WHERE c.subject_id = s.id)
    OR EXISTS (SELECT 1 FROM subject_blocks b WHERE b.subject_id = s.id)
    OR EXISTS (SELECT 1 FROM breach_scope_subjects x WHERE x.subject_id = s.id)
    OR EXISTS (SELECT 1 FROM orders o WHERE (o.subject_id = s.id OR o.consignee_id = s.id) AND o.import_id <> :importId)
    OR EXISTS (SELECT 1 FROM subject_changes g
               WHERE g.undone_at IS NULL AND (g.from_subject_id = s.id OR g.to_subject_id = s.id)))`;

/**
 * Merges and splits of the import's subjects that the officer undid are their history only: the rows
 * go with the subjects (the audit trail keeps each change and its undo), and so does a subject a split
 * created, folded back into its origin by the undo (it holds no orders or keys any more).
 */
const removeUndoneChanges = async (q: Queryable, created: string, params: Record<string, unknown>) => {
  const foldedBack = `SELECT id FROM subjects WHERE origin = 'split' AND merged_into IN (${created})
    AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.subject_id = subjects.id OR o.consignee_id = subjects.id)`;
  const gone = `SELECT id FROM (${created}) UNION SELECT id FROM (${foldedBack})`;
  await q.run(
    `DELETE FROM subject_changes WHERE undone_at IS NOT NULL
       AND (from_subject_id IN (${gone}) OR to_subject_id IN (${gone}))`,
    params,
  );
  const folded = JSON.stringify((await q.all<{ id: number }>(foldedBack, params)).map((r) => r.id));
  await q.run(
    `DELETE FROM subject_terms WHERE (organisation_id, term, subject_id) IN
       (SELECT organisation_id, term, subject_id FROM subject_terms
        WHERE subject_id IN (SELECT value FROM json_each(:folded)))`,
    { folded },
  );
  await q.run('DELETE FROM subject_keys WHERE subject_id IN (SELECT value FROM json_each(:folded))', {
    folded,
  });
  await q.run('DELETE FROM subjects WHERE id IN (SELECT value FROM json_each(:folded))', { folded });
};

/**
 * Removes everything an import wrote: transfers, look-up terms, possible matches, keys and orders (also
 * those it added to earlier subjects, whose terms are kept in step) and the subjects it created.
 * Subjects that later records refer to are kept, detached from the import (an unfinished import's
 * clean-up must always succeed; a completed import's undo refuses before it gets here).
 */
export const removeImportRows = async (q: Queryable, importId: number): Promise<void> => {
  const ofImport = { importId };
  const orders = 'SELECT id FROM orders WHERE import_id = :importId';
  await q.run(`DELETE FROM transfers WHERE order_id IN (${orders})`, ofImport);
  await q.run('DELETE FROM possible_matches WHERE import_id = :importId', ofImport);
  // Subjects of earlier imports (or added by hand) it added keys or orders to: their phone tails and
  // address words are derived again once those are gone.
  const earlier = (
    await q.all<{ id: number }>(
      `SELECT k.subject_id AS id FROM subject_keys k WHERE k.import_id = :importId
       UNION SELECT o.subject_id FROM orders o WHERE o.import_id = :importId
       UNION SELECT o.consignee_id FROM orders o WHERE o.import_id = :importId AND o.consignee_id IS NOT NULL
       EXCEPT SELECT s.id FROM subjects s WHERE s.import_id = :importId`,
      ofImport,
    )
  ).map((s) => s.id);
  await withSubjectTerms(q, earlier, async () => {
    await q.run('DELETE FROM subject_keys WHERE import_id = :importId', ofImport);
    await q.run(`DELETE FROM orders WHERE import_id = :importId`, ofImport);
  });
  const keptIds = (await q.all<{ id: number }>(referencedSubjectsSql, ofImport)).map((s) => s.id);
  // Its subjects that later records hold on to stay, without this import's orders and keys.
  await reindexSubjects(q, keptIds);
  const kept = JSON.stringify(keptIds);
  const created = `SELECT id FROM subjects WHERE import_id = :importId AND id NOT IN (SELECT value FROM json_each(:kept))`;
  await q.run(
    `DELETE FROM subject_terms WHERE (organisation_id, term, subject_id) IN
       (SELECT t.organisation_id, t.term, t.subject_id FROM subject_terms t
        WHERE t.organisation_id = (SELECT organisation_id FROM imports WHERE id = :importId)
          AND t.subject_id IN (${created}))`,
    { importId, kept },
  );
  await removeUndoneChanges(q, created, { importId, kept });
  await q.run(`DELETE FROM subjects WHERE id IN (${created})`, { importId, kept });
  await q.run('UPDATE subjects SET import_id = NULL WHERE import_id = :importId', ofImport);
};

/** Clean-up of an import that did not finish (cancel, failure, kill, crash): it leaves no trace. */
export const removeImportData = async (q: Queryable, importId: number): Promise<void> => {
  await removeImportRows(q, importId);
  await q.run('DELETE FROM import_rejections WHERE import_id = :importId', { importId });
  await q.run('DELETE FROM imports WHERE id = :importId', { importId });
};

export const unfinishedImports = async (q: Queryable): Promise<number[]> =>
  (await q.all<{ id: number }>("SELECT id FROM imports WHERE status = 'running'")).map((r) => r.id);
