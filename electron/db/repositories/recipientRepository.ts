import type { Jurisdiction } from '../../../shared/domain/common';
import {
  REVIEW_DUE_WITHIN_DAYS,
  type RecipientData,
  type RegisterProblem,
  type RecipientQueryParsed,
  type StoredFile,
} from '../../../shared/domain/recipient';
import { requisitesJson } from '../../../shared/recipients/instructionRequisites';
import { classifyPurposes } from '../../../shared/policy/registerPolicy';
import type { Queryable } from '../connection';
import type { Tx } from '../store/types';
import { POLICY_IN_FORCE_JOIN, POLICY_PROBLEMS_SQL, policyVersionIdInForce } from './policyProblemsSql';

export interface RecipientRow {
  id: number;
  organisation_id: number;
  type: string;
  legal_name: string;
  registration_number: string;
  country: string;
  address: string;
  contact_person: string;
  phone: string;
  email: string;
  role: string;
  legal_basis: string;
  purposes: string;
  data_categories: string;
  subject_categories: string;
  operations: string;
  retention: string;
  contract_number: string;
  contract_date: string | null;
  contract_end_date: string | null;
  instruction: string;
  contract_file_name: string | null;
  contract_file_sha256: string | null;
  contract_file_size: number | null;
  contract_file_attached_at: string | null;
  cross_border: number;
  adequacy: string;
  info_obtained_date: string | null;
  transfer_notice_date: string | null;
  transfer_notice_number: string;
  transfer_status: string;
  subject_notice_method: string;
  subject_notice_date: string | null;
  review_date: string | null;
  status: string;
  notes: string;
  /** JSON PurposeKind[] read from `purposes` when saved (migration 8); NULL for rows saved before. */
  purpose_kinds: string | null;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
  archive_reason: string | null;
  /** Joined from organisations. */
  jurisdiction: Jurisdiction;
}

export type ParsedRecipientQuery = RecipientQueryParsed;

const COLUMNS = `type, legal_name, registration_number, country, address, contact_person, phone, email, role,
  legal_basis, purposes, data_categories, subject_categories, operations, retention, contract_number,
  contract_date, contract_end_date, instruction, cross_border, adequacy, info_obtained_date, transfer_notice_date,
  transfer_notice_number, transfer_status, subject_notice_method, subject_notice_date, review_date, status,
  notes, search_text, purpose_kinds`;

const VALUE_NAMES = COLUMNS.split(',').map((c) => c.trim());

const toParams = (d: RecipientData, crossBorder: boolean): Record<string, unknown> => ({
  type: d.type,
  legal_name: d.legalName,
  registration_number: d.registrationNumber,
  country: d.country,
  address: d.address,
  contact_person: d.contactPerson,
  phone: d.phone,
  email: d.email,
  role: d.role,
  legal_basis: d.legalBasis,
  purposes: d.purposes,
  data_categories: JSON.stringify(d.dataCategories),
  subject_categories: JSON.stringify(d.subjectCategories),
  operations: JSON.stringify(d.operations),
  retention: d.retention,
  contract_number: d.contractNumber,
  contract_date: d.contractDate || null,
  contract_end_date: d.contractEndDate || null,
  instruction: JSON.stringify(d.instruction),
  cross_border: crossBorder ? 1 : 0,
  adequacy: d.adequacy,
  info_obtained_date: d.infoObtainedDate || null,
  transfer_notice_date: d.transferNoticeDate || null,
  transfer_notice_number: d.transferNoticeNumber,
  transfer_status: d.transferStatus,
  subject_notice_method: d.subjectNoticeMethod,
  subject_notice_date: d.subjectNoticeDate || null,
  review_date: d.reviewDate || null,
  status: d.status,
  notes: d.notes,
  search_text: `${d.legalName} ${d.registrationNumber}`.toLocaleLowerCase('ru'),
  purpose_kinds: JSON.stringify(classifyPurposes(d.purposes)),
});

/** The archive reason travels with the row (migration 9 keeps it beside the recipient). */
const ARCHIVE_REASON_JOIN = 'LEFT JOIN recipient_archive_reasons ar ON ar.recipient_id = r.id';

const SELECT = `SELECT r.*, o.jurisdiction, ar.reason AS archive_reason FROM recipients r
  JOIN organisations o ON o.id = r.organisation_id ${ARCHIVE_REASON_JOIN}`;

export const findRecipient = (q: Queryable, id: number): Promise<RecipientRow | undefined> =>
  q.get<RecipientRow>(`${SELECT} WHERE r.id = :id`, { id });

export const insertRecipient = async (
  q: Queryable,
  organisationId: number,
  d: RecipientData,
  crossBorder: boolean,
  now: string,
): Promise<number> => {
  const names = VALUE_NAMES.map((n) => `:${n}`).join(', ');
  return (
    await q.run(
      `INSERT INTO recipients (organisation_id, ${COLUMNS}, created_at, updated_at)
       VALUES (:organisation_id, ${names}, :now, :now)`,
      { ...toParams(d, crossBorder), organisation_id: organisationId, now },
    )
  ).lastID;
};

/** Multi-row INSERTs (the driver's per-row run() is slow); call inside a transaction. */
export const insertRecipientsBatch = async (
  q: Queryable,
  rows: { organisationId: number; data: RecipientData; crossBorder: boolean }[],
  now: string,
  batchSize = 500,
): Promise<void> => {
  const width = VALUE_NAMES.length + 3;
  for (let start = 0; start < rows.length; start += batchSize) {
    const chunk = rows.slice(start, start + batchSize);
    const placeholders = chunk.map(() => `(${new Array(width).fill('?').join(',')})`).join(',');
    const values: unknown[] = [];
    for (const row of chunk) {
      const p = toParams(row.data, row.crossBorder);
      values.push(row.organisationId, ...VALUE_NAMES.map((n) => p[n]), now, now);
    }
    await q.run(
      `INSERT INTO recipients (organisation_id, ${COLUMNS}, created_at, updated_at) VALUES ${placeholders}`,
      values,
    );
  }
};

export const updateRecipient = async (
  q: Queryable,
  id: number,
  d: RecipientData,
  crossBorder: boolean,
  now: string,
): Promise<void> => {
  const sets = VALUE_NAMES.map((n) => `${n} = :${n}`).join(', ');
  await q.run(`UPDATE recipients SET ${sets}, updated_at = :now WHERE id = :id`, {
    ...toParams(d, crossBorder),
    id,
    now,
  });
};

/** Archives (with the reason) or restores (archivedAt and reason null) one recipient. */
export const setRecipientArchived = async (
  q: Queryable,
  id: number,
  archivedAt: string | null,
  reason: string | null,
  now: string,
) => {
  await q.run('UPDATE recipients SET archived_at = :archivedAt, updated_at = :now WHERE id = :id', {
    id,
    archivedAt,
    now,
  });
  // The reason belongs to the current archiving only; earlier reasons stay in the audit trail.
  if (reason === null) await q.run('DELETE FROM recipient_archive_reasons WHERE recipient_id = :id', { id });
  else
    await q.run(
      `INSERT INTO recipient_archive_reasons (recipient_id, reason) VALUES (:id, :reason)
       ON CONFLICT (recipient_id) DO UPDATE SET reason = excluded.reason`,
      { id, reason },
    );
};

export const setRecipientReviewDate = async (q: Queryable, id: number, reviewDate: string, now: string) => {
  await q.run('UPDATE recipients SET review_date = :reviewDate, updated_at = :now WHERE id = :id', {
    id,
    reviewDate,
    now,
  });
};

export const setRecipientContractFile = async (q: Queryable, id: number, file: StoredFile, now: string) => {
  await q.run(
    `UPDATE recipients SET contract_file_name = :name, contract_file_sha256 = :sha256, contract_file_size = :size,
       contract_file_attached_at = :attachedAt, updated_at = :now WHERE id = :id`,
    { id, name: file.fileName, sha256: file.sha256, size: file.size, attachedAt: file.attachedAt, now },
  );
};

/**
 * Re-derives the cross-border flag after the organisation's jurisdiction changed (the organisation's
 * audit entry records why; the flag is derived, so the recipients get no entry of their own).
 */
export const recomputeCrossBorder = async (tx: Tx, organisationId: number, jurisdiction: Jurisdiction) => {
  await tx.k
    .updateTable('recipients')
    .set((eb) => ({
      cross_border: eb.case().when('country', '<>', jurisdiction).then(1).else(0).end(),
    }))
    .where('organisation_id', '=', organisationId)
    .execute();
};

const HAS_CONTRACT = "(r.contract_number <> '' OR r.contract_file_sha256 IS NOT NULL)";

/**
 * One SQL condition per rule of shared/recipients/problems.ts (PROBLEM_RULES), keyed by the same ids:
 * a rule added there does not compile until its condition is added here. A test keeps both equal.
 * Parameters: :today and :requisites (the instruction requisites per jurisdiction, as JSON).
 */
export const PROBLEM_SQL: Record<RegisterProblem, string> = {
  noContract: `(r.role <> 'stateBody' AND NOT ${HAS_CONTRACT})`,
  instructionIncomplete: `(r.role = 'processor' AND ${HAS_CONTRACT} AND EXISTS (
    SELECT 1 FROM json_each(:requisites, '$.' || o.jurisdiction) req
    WHERE json_extract(r.instruction, '$.' || req.value) IS NOT 1))`,
  contractEnded: `(r.status = 'active' AND r.contract_end_date IS NOT NULL AND :today <> ''
    AND r.contract_end_date < :today)`,
  reviewOverdue: `(r.review_date IS NOT NULL AND :today <> '' AND r.review_date < :today)`,
  noTransferNotice: `(r.cross_border = 1 AND CASE WHEN o.jurisdiction = 'KG' THEN r.subject_notice_date IS NULL
    ELSE r.transfer_notice_date IS NULL END)`,
};

/** Any problem of the register, or of the recipient against the policy in force (joined as `pv`). */
const PROBLEMS_SQL = `(${[...Object.values(PROBLEM_SQL), POLICY_PROBLEMS_SQL].join(' OR ')})`;

/** The review falls within the next REVIEW_DUE_WITHIN_DAYS days, or is already overdue. */
const REVIEW_DUE_SQL = `(r.review_date IS NOT NULL AND :today <> ''
  AND r.review_date <= date(:today, '+${REVIEW_DUE_WITHIN_DAYS} days'))`;

const SORT_COLUMNS: Record<ParsedRecipientQuery['sort'], string> = {
  legalName: 'r.legal_name COLLATE NOCASE',
  type: 'r.type',
  country: 'r.country',
  reviewDate: "COALESCE(r.review_date, '9999-12-31')",
  updatedAt: 'r.updated_at',
};

export const listRecipients = async (
  q: Queryable,
  query: ParsedRecipientQuery,
): Promise<{ rows: RecipientRow[]; total: number }> => {
  const where = [
    'r.organisation_id = :organisationId',
    query.archived ? 'r.archived_at IS NOT NULL' : 'r.archived_at IS NULL',
  ];
  const params: Record<string, unknown> = {
    organisationId: query.organisationId,
    today: query.today,
  };
  if (query.problemsOnly) params.requisites = requisitesJson();
  if (query.search !== '') {
    where.push(`r.search_text LIKE :search ESCAPE '\\'`);
    params.search = `%${query.search.toLocaleLowerCase('ru').replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  }
  if (query.types.length > 0) {
    where.push(`r.type IN (${query.types.map((_, i) => `:type${i}`).join(', ')})`);
    query.types.forEach((t, i) => (params[`type${i}`] = t));
  }
  if (query.country !== '') {
    where.push('r.country = :country');
    params.country = query.country;
  }
  if (query.status !== '') {
    where.push('r.status = :status');
    params.status = query.status;
  }
  if (query.crossBorder !== '') where.push(`r.cross_border = ${query.crossBorder === 'yes' ? 1 : 0}`);
  // An archived recipient raises no problems (the archive view lists it for the record only).
  if (query.problemsOnly) where.push(`r.archived_at IS NULL AND ${PROBLEMS_SQL}`);
  const policyJoin = query.problemsOnly ? POLICY_IN_FORCE_JOIN : '';
  if (query.problemsOnly) {
    params.policyVersionId = await policyVersionIdInForce(q, query.organisationId, query.today);
  }
  if (query.reviewDue) where.push(REVIEW_DUE_SQL);
  const whereSql = where.join(' AND ');
  const direction = query.direction === 'desc' ? 'DESC' : 'ASC';
  // Sort and page over narrow (id, key) rows first, then fetch the 50 wide rows of the page.
  const rows = await q.all<RecipientRow>(
    `SELECT r.*, o.jurisdiction, ar.reason AS archive_reason FROM (
       SELECT r.id AS page_id, ${SORT_COLUMNS[query.sort]} AS sort_key FROM recipients r
       JOIN organisations o ON o.id = r.organisation_id ${policyJoin}
       WHERE ${whereSql} ORDER BY sort_key ${direction}, r.id ${direction} LIMIT :limit OFFSET :offset
     ) page
     JOIN recipients r ON r.id = page.page_id JOIN organisations o ON o.id = r.organisation_id
     ${ARCHIVE_REASON_JOIN}
     ORDER BY page.sort_key ${direction}, page.page_id ${direction}`,
    { ...params, limit: query.limit, offset: query.offset },
  );
  const total =
    (
      await q.get<{ n: number }>(
        `SELECT COUNT(*) AS n FROM recipients r JOIN organisations o ON o.id = r.organisation_id ${policyJoin}
         WHERE ${whereSql}`,
        params,
      )
    )?.n ?? 0;
  return { rows, total };
};

/** Derives purpose_kinds for rows saved before migration 8 (once per database, in batches). */
export const recipientsWithoutPurposeKinds = (q: Queryable, limit: number) =>
  q.all<{ id: number; purposes: string }>(
    'SELECT id, purposes FROM recipients WHERE purpose_kinds IS NULL ORDER BY id LIMIT :limit',
    { limit },
  );

export const setPurposeKinds = async (q: Queryable, rows: { id: number; kinds: string[] }[]) => {
  await q.run(
    `UPDATE recipients SET purpose_kinds = x.kinds
     FROM (SELECT value ->> 0 AS id, json(value -> 1) AS kinds FROM json_each(:rows)) AS x WHERE recipients.id = x.id`,
    { rows: JSON.stringify(rows.map((r) => [r.id, r.kinds])) },
  );
};

/** Every active (not archived) recipient of an organisation, for printing and export. */
export const allActiveRecipients = (q: Queryable, organisationId: number): Promise<RecipientRow[]> =>
  q.all<RecipientRow>(
    `${SELECT} WHERE r.organisation_id = :organisationId AND r.archived_at IS NULL
     ORDER BY r.type, r.legal_name COLLATE NOCASE, r.id`,
    { organisationId },
  );
