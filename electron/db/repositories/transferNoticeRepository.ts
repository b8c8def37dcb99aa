import type { Queryable } from '../connection';
import { matchSql, parties, SUBJECT_COLUMNS, type ScopeSubjectRow } from './breachScopeRepository';

export interface TransferNoticeBatchRow {
  id: number;
  organisation_id: number;
  recipient_id: number;
  recipient_name: string;
  from_date: string;
  to_date: string;
  policy_version_id: number | null;
  subjects: number;
  status: 'prepared' | 'sent';
  pdf_sha256: string | null;
  pdf_size: number | null;
  sent_date: string | null;
  sent_method: string;
  created_at: string;
  sent_at: string | null;
}

const SELECT = `SELECT b.*, r.legal_name AS recipient_name FROM transfer_notice_batches b
  JOIN recipients r ON r.id = b.recipient_id`;

/**
 * Creates a batch with the persons whose data went to the recipient in the period: the ledger's
 * transfers → orders → their buyers and consignees, the same match as a breach scope
 * (breachScopeRepository.matchSql and parties).
 */
export const insertNoticeBatch = async (
  q: Queryable,
  b: {
    organisationId: number;
    recipientId: number;
    from: string;
    to: string;
    policyVersionId: number | null;
  },
  now: string,
): Promise<{ id: number; subjects: number }> => {
  const { lastID: id } = await q.run(
    `INSERT INTO transfer_notice_batches (organisation_id, recipient_id, from_date, to_date, policy_version_id, subjects,
       status, created_at) VALUES (:o, :r, :from, :to, :policyVersionId, 0, 'prepared', :now)`,
    {
      o: b.organisationId,
      r: b.recipientId,
      from: b.from,
      to: b.to,
      policyVersionId: b.policyVersionId,
      now,
    },
  );
  const { sql, params } = matchSql({
    organisationId: b.organisationId,
    recipientId: b.recipientId,
    from: b.from,
    to: b.to,
    importId: null,
  });
  const { changes } = await q.run(
    `INSERT INTO transfer_notice_subjects (batch_id, subject_id) SELECT DISTINCT :batchId, sid FROM (${parties(sql)})`,
    { ...params, batchId: id },
  );
  await q.run('UPDATE transfer_notice_batches SET subjects = :changes WHERE id = :id', { id, changes });
  return { id, subjects: changes };
};

/**
 * True when the persons the ledger gives for the batch's recipient and period today differ from the
 * persons fixed in the batch (both ways), e.g. after an import, a merge, a split or an undo.
 */
export const noticeBatchDiffersFromLedger = async (
  q: Queryable,
  b: TransferNoticeBatchRow,
): Promise<boolean> => {
  const { sql, params } = matchSql({
    organisationId: b.organisation_id,
    recipientId: b.recipient_id,
    from: b.from_date,
    to: b.to_date,
    importId: null,
  });
  const fixed = 'SELECT subject_id FROM transfer_notice_subjects WHERE batch_id = :batchId';
  const row = await q.get<{ differs: number }>(
    `SELECT EXISTS (SELECT sid FROM (${parties(sql)}) EXCEPT ${fixed})
       OR EXISTS (${fixed} EXCEPT SELECT sid FROM (${parties(sql)})) AS differs`,
    { ...params, batchId: b.id },
  );
  return row?.differs === 1;
};

export const findNoticeBatch = (q: Queryable, id: number): Promise<TransferNoticeBatchRow | undefined> =>
  q.get<TransferNoticeBatchRow>(`${SELECT} WHERE b.id = :id`, { id });

export const listNoticeBatches = (q: Queryable, recipientId: number): Promise<TransferNoticeBatchRow[]> =>
  q.all<TransferNoticeBatchRow>(`${SELECT} WHERE b.recipient_id = :recipientId ORDER BY b.id DESC`, {
    recipientId,
  });

export const subjectsOfNoticeBatch = (
  q: Queryable,
  batchId: number,
  offset: number,
  limit: number,
): Promise<ScopeSubjectRow[]> =>
  q.all<ScopeSubjectRow>(
    `SELECT ${SUBJECT_COLUMNS} FROM transfer_notice_subjects t JOIN subjects s ON s.id = t.subject_id
     WHERE t.batch_id = :batchId ORDER BY s.full_name, s.id LIMIT :limit OFFSET :offset`,
    { batchId, offset, limit },
  );

export const setNoticeBatchPdf = async (q: Queryable, id: number, pdf: { sha256: string; size: number }) => {
  await q.run(
    "UPDATE transfer_notice_batches SET pdf_sha256 = :sha, pdf_size = :size WHERE id = :id AND status = 'prepared'",
    {
      id,
      sha: pdf.sha256,
      size: pdf.size,
    },
  );
};

export const markNoticeBatchSent = async (
  q: Queryable,
  id: number,
  sent: { date: string; method: string },
  now: string,
) => {
  await q.run(
    `UPDATE transfer_notice_batches SET status = 'sent', sent_date = :date, sent_method = :method, sent_at = :now
     WHERE id = :id AND status = 'prepared'`,
    { id, date: sent.date, method: sent.method, now },
  );
};

/** The KG notice to subjects recorded on the recipient (Decree No. 759 fields of the register). */
export const setRecipientSubjectNotice = async (
  q: Queryable,
  recipientId: number,
  notice: { date: string; method: string },
  now: string,
) => {
  await q.run(
    `UPDATE recipients SET subject_notice_date = :date, subject_notice_method = :method, updated_at = :now WHERE id = :id`,
    { id: recipientId, date: notice.date, method: notice.method, now },
  );
};
