import type { ImportDependents } from '../../../shared/domain/importUndo';
import type { Queryable } from '../connection';

export const importDependents = async (q: Queryable, importId: number): Promise<ImportDependents> => {
  const created = 'SELECT id FROM subjects WHERE import_id = :importId';
  const touched = `SELECT subject_id AS id FROM orders WHERE import_id = :importId
    UNION SELECT consignee_id FROM orders WHERE import_id = :importId AND consignee_id IS NOT NULL`;
  const p = { importId };
  return {
    claims: (
      await q.all<{ number: string }>(
        `SELECT number FROM correspondence_items WHERE subject_id IN (${created}) ORDER BY id`,
        p,
      )
    ).map((r) => r.number),
    incidents: (
      await q.all<{ number: string }>(
        `SELECT DISTINCT i.number FROM breach_incidents i
         WHERE i.id IN (SELECT incident_id FROM breach_scope_subjects WHERE subject_id IN (${touched}))
            OR i.id IN (SELECT incident_id FROM breach_scopes WHERE import_id = :importId) ORDER BY i.id`,
        p,
      )
    ).map((r) => r.number),
    laterImports: (
      await q.all<{ file_name: string }>(
        `SELECT DISTINCT i.file_name FROM orders o JOIN imports i ON i.id = o.import_id
         WHERE o.import_id > :importId AND (o.subject_id IN (${created}) OR o.consignee_id IN (${created}))`,
        p,
      )
    ).map((r) => r.file_name),
    changes: (
      await q.all<{ id: number }>(
        `SELECT id FROM subject_changes WHERE undone_at IS NULL AND (from_subject_id IN (${touched}) OR to_subject_id IN (${touched}))`,
        p,
      )
    ).map((r) => r.id),
    noticeBatches: (
      await q.all<{ batch_id: number }>(
        `SELECT DISTINCT batch_id FROM transfer_notice_subjects WHERE subject_id IN (${touched}) ORDER BY batch_id`,
        p,
      )
    ).map((r) => r.batch_id),
    blocks:
      (
        await q.get<{ n: number }>(
          `SELECT COUNT(*) AS n FROM subject_blocks WHERE subject_id IN (${created})`,
          p,
        )
      )?.n ?? 0,
  };
};

export const markImportUndone = (q: Queryable, importId: number, now: string) =>
  q.run('UPDATE imports SET undone_at = :now WHERE id = :importId', { importId, now });

export interface RecipientSubjectRow {
  id: number;
  full_name: string;
  roles: string;
  transfers: number;
  first_on: string | null;
  last_on: string | null;
}

const RECIPIENT_SUBJECTS = `
  WITH t AS (SELECT t.order_id, t.transferred_on FROM transfers t WHERE t.recipient_id = :recipientId),
  parties AS (
    SELECT o.subject_id AS id, 'buyer' AS role, t.transferred_on FROM t JOIN orders o ON o.id = t.order_id
    UNION ALL SELECT o.consignee_id, 'consignee', t.transferred_on FROM t JOIN orders o ON o.id = t.order_id
      WHERE o.consignee_id IS NOT NULL)
  SELECT p.id, s.full_name, group_concat(DISTINCT p.role) AS roles, COUNT(*) AS transfers,
    MIN(p.transferred_on) AS first_on, MAX(p.transferred_on) AS last_on
  FROM parties p JOIN subjects s ON s.id = p.id GROUP BY p.id`;

/** The subjects whose data the recipient received (buyers and consignees), by name; paged. */
export const recipientSubjects = (q: Queryable, recipientId: number, offset: number, limit: number) =>
  q.all<RecipientSubjectRow>(`${RECIPIENT_SUBJECTS} ORDER BY s.full_name, p.id LIMIT :limit OFFSET :offset`, {
    recipientId,
    offset,
    limit,
  });

export const countRecipientSubjects = async (q: Queryable, recipientId: number) =>
  (await q.get<{ n: number }>(`SELECT COUNT(*) AS n FROM (${RECIPIENT_SUBJECTS})`, { recipientId }))?.n ?? 0;
