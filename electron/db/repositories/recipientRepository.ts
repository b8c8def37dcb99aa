import type { Insertable, Selectable } from 'kysely';
import type { Jurisdiction } from '../../../shared/domain/common';
import type { RecipientData, StoredFile } from '../../../shared/domain/recipient';
import { sortKey } from '../../../shared/format/sortKey';
import { classifyPurposes } from '../../../shared/policy/registerPolicy';
import type { Queryable } from '../connection';
import { dbOf, txOf } from '../store/interop';
import type { RecipientsTable } from '../store/schema';
import type { Db, Tx } from '../store/types';

/** A recipient as the register reads it: its row, its organisation's jurisdiction, its archive reason. */
export type RecipientRow = Selectable<RecipientsTable> & {
  /** Joined from organisations. */
  jurisdiction: Jurisdiction;
  /** Kept beside the recipient (migration 9); meaningful only while it is archived. */
  archive_reason: string | null;
};

/** Unconverted callers still read with a Queryable (ctx.db or a legacy transaction). */
export type Reader = Db | Queryable;

/** The columns the form edits (one mapping from the form's fields, for insert, update and batches). */
const toColumns = (d: RecipientData, crossBorder: boolean) =>
  ({
    type: d.type,
    legal_name: d.legalName,
    legal_name_key: sortKey(d.legalName),
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
    // Lower-cased here, and the search pattern too: LIKE then matches alike on both engines.
    search_text: sortKey(`${d.legalName} ${d.registrationNumber}`),
    purpose_kinds: JSON.stringify(classifyPurposes(d.purposes)),
  }) satisfies Partial<Insertable<RecipientsTable>>;

/** Recipients with their organisation's jurisdiction and archive reason (for one row or a page). */
export const selectRecipients = (db: Db) =>
  db.k
    .selectFrom('recipients as r')
    .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
    .leftJoin('recipient_archive_reasons as ar', 'ar.recipient_id', 'r.id')
    .selectAll('r')
    .select(['o.jurisdiction', 'ar.reason as archive_reason']);

/** A recipient (in team mode: only of an organisation granted to the user). */
export const findRecipient = async (q: Reader, id: number): Promise<RecipientRow | undefined> =>
  selectRecipients(dbOf(q)).where('r.id', '=', id).executeTakeFirst();

export const insertRecipient = async (
  tx: Tx,
  organisationId: number,
  d: RecipientData,
  crossBorder: boolean,
  now: string,
): Promise<number> =>
  (
    await tx.k
      .insertInto('recipients')
      .values({
        ...toColumns(d, crossBorder),
        organisation_id: organisationId,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;

/** Multi-row INSERTs for benchmarks and bulk set-ups (one statement per batch); in a transaction. */
export const insertRecipientsBatch = async (
  q: Tx | Queryable,
  rows: { organisationId: number; data: RecipientData; crossBorder: boolean }[],
  now: string,
  batchSize = 500,
): Promise<void> => {
  const tx = txOf(q);
  for (let start = 0; start < rows.length; start += batchSize) {
    const values = rows.slice(start, start + batchSize).map((row) => ({
      ...toColumns(row.data, row.crossBorder),
      organisation_id: row.organisationId,
      created_at: now,
      updated_at: now,
    }));
    await tx.k.insertInto('recipients').values(values).execute();
  }
};

export const updateRecipient = async (
  tx: Tx,
  id: number,
  d: RecipientData,
  crossBorder: boolean,
  now: string,
): Promise<void> => {
  await tx.k
    .updateTable('recipients')
    .set({ ...toColumns(d, crossBorder), updated_at: now })
    .where('id', '=', id)
    .execute();
};

/**
 * Archives with the reason, or restores (archivedAt null). The reason is kept beside the recipient
 * and shown only while it is archived, so a restore deletes nothing; earlier reasons stay in the
 * audit trail.
 */
export const setRecipientArchived = async (
  tx: Tx,
  id: number,
  archivedAt: string | null,
  reason: string | null,
  now: string,
) => {
  await tx.k
    .updateTable('recipients')
    .set({ archived_at: archivedAt, updated_at: now })
    .where('id', '=', id)
    .execute();
  if (archivedAt === null || reason === null) return;
  await tx.k
    .insertInto('recipient_archive_reasons')
    .values({ recipient_id: id, reason })
    .onConflict((oc) =>
      oc.column('recipient_id').doUpdateSet((eb) => ({ reason: eb.ref('excluded.reason') })),
    )
    .execute();
};

export const setRecipientReviewDate = async (tx: Tx, id: number, reviewDate: string, now: string) => {
  await tx.k
    .updateTable('recipients')
    .set({ review_date: reviewDate, updated_at: now })
    .where('id', '=', id)
    .execute();
};

export const setRecipientContractFile = async (tx: Tx, id: number, file: StoredFile, now: string) => {
  await tx.k
    .updateTable('recipients')
    .set({
      contract_file_name: file.fileName,
      contract_file_sha256: file.sha256,
      contract_file_size: file.size,
      contract_file_attached_at: file.attachedAt,
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
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

/** Every active (not archived) recipient of an organisation, for printing and export. */
export const allActiveRecipients = (q: Reader, organisationId: number): Promise<RecipientRow[]> =>
  selectRecipients(dbOf(q))
    .where('r.organisation_id', '=', organisationId)
    .where('r.archived_at', 'is', null)
    .orderBy('r.type')
    .orderBy('r.legal_name_key')
    .orderBy('r.id')
    .execute();

/**
 * SQLite only: rows saved before migration 10 have no purpose_kinds; they are derived once per
 * opened file (services/policy/purposeKinds.ts). A team database never holds such rows: the one-way
 * move runs this first.
 */
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
