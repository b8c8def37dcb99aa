import type { OrderRow } from '../../shared/imports/fields';
import { aliasKey } from '../../shared/ledger/aliasKey';
import { insertRows } from '../db/batchInsert';
import type { Queryable } from '../db/connection';
import {
  createTransfers,
  existingOrderIds,
  findSubjectKeys,
  firstOrderIdAfter,
  nextSubjectId,
  widenSubjectOrderDates,
  reindexSubjects,
} from '../db/repositories/ledgerRepository';

export interface LedgerTarget {
  organisationId: number;
  importId: number;
  /** Orders are keyed by (organisation, source, external order number). */
  source: string;
  createdAt: string;
}

/** A problem the ledger found in a row that was still imported. */
export interface LedgerWarning {
  line: number;
  column: null;
  reason: 'import.identityConflict';
  value: string;
}

export interface BatchCounts {
  imported: number;
  duplicates: number;
  subjectsCreated: number;
  transfersCreated: number;
  warnings: number;
}

const keyOf = (kind: 'phone' | 'email', value: string) => `${kind}:${value}`;

/**
 * Lower case for the name and search keys. The same as `toLocaleLowerCase('ru')` (Russian, Kazakh and
 * Kyrgyz letters have no locale-specific rules; only Turkish, Azeri and Lithuanian do), several times faster.
 */
const lowerCase = (text: string) => text.toLowerCase();

const addressOf = (row: OrderRow) =>
  [row.address.line, row.address.city, row.address.country].filter(Boolean).join(', ');

/**
 * Writes one batch of mapped rows inside the caller's transaction.
 *
 * Identity (deterministic): a row belongs to the subject that already owns its normalised phone or
 * e-mail; if the phone and the e-mail belong to two different subjects, the earlier one (lower id)
 * wins and the conflict is reported as a warning — two existing persons are never merged silently.
 * A row with neither key known creates a new subject. Keys a subject did not have yet are added to it.
 * Orders already in the ledger (same organisation, source and order number) are skipped as duplicates.
 */
export const writeLedgerBatch = async (
  tx: Queryable,
  target: LedgerTarget,
  rows: readonly OrderRow[],
  seenInImport: Set<string>,
): Promise<{ counts: BatchCounts; warnings: LedgerWarning[] }> => {
  const counts: BatchCounts = {
    imported: 0,
    duplicates: 0,
    subjectsCreated: 0,
    transfersCreated: 0,
    warnings: 0,
  };
  const warnings: LedgerWarning[] = [];
  const existing = await existingOrderIds(
    tx,
    target.organisationId,
    target.source,
    rows.map((r) => r.externalOrderId),
  );
  const fresh: OrderRow[] = [];
  for (const row of rows) {
    if (existing.has(row.externalOrderId) || seenInImport.has(row.externalOrderId)) {
      counts.duplicates += 1;
      continue;
    }
    seenInImport.add(row.externalOrderId);
    fresh.push(row);
  }
  if (fresh.length === 0) return { counts, warnings };

  const phones = new Set<string>();
  const emails = new Set<string>();
  for (const r of fresh) {
    if (r.buyer.phone) phones.add(r.buyer.phone);
    if (r.buyer.email) emails.add(r.buyer.email);
  }
  const owner = new Map<string, number>();
  for (const k of await findSubjectKeys(tx, target.organisationId, [...phones], [...emails]))
    owner.set(keyOf(k.kind, k.value), k.subject_id);

  const firstNewSubject = await nextSubjectId(tx);
  let nextSubject = firstNewSubject;
  const newSubjects: unknown[][] = [];
  const newKeys: unknown[][] = [];
  const existingGainedKeys = new Set<number>();
  const orders: unknown[][] = [];
  /** Earliest and latest order date per subject in this batch. */
  const dates = new Map<number, [string | null, string | null]>();
  const searchRows = new Map<number, string>();

  for (const row of fresh) {
    const phoneKey = row.buyer.phone ? keyOf('phone', row.buyer.phone) : null;
    const emailKey = row.buyer.email ? keyOf('email', row.buyer.email) : null;
    const phoneOwner = phoneKey === null ? undefined : owner.get(phoneKey);
    const emailOwner = emailKey === null ? undefined : owner.get(emailKey);
    const address = addressOf(row);
    let subjectId: number;
    if (phoneOwner === undefined && emailOwner === undefined) {
      subjectId = nextSubject++;
      const name = row.buyer.fullName ?? row.consignee?.fullName ?? '';
      newSubjects.push([subjectId, name, lowerCase(name), address, null, null]);
      searchRows.set(subjectId, name);
      counts.subjectsCreated += 1;
    } else if (phoneOwner !== undefined && emailOwner !== undefined && phoneOwner !== emailOwner) {
      subjectId = Math.min(phoneOwner, emailOwner);
      warnings.push({
        line: row.line,
        column: null,
        reason: 'import.identityConflict',
        value: `${row.buyer.phone ?? ''} / ${row.buyer.email ?? ''}`,
      });
    } else {
      subjectId = (phoneOwner ?? emailOwner) as number;
    }
    for (const [kind, key, value] of [
      ['phone', phoneKey, row.buyer.phone],
      ['email', emailKey, row.buyer.email],
    ] as const) {
      if (key === null || value === null || owner.has(key)) continue;
      owner.set(key, subjectId);
      newKeys.push([kind, value, subjectId]);
      if (subjectId < firstNewSubject) existingGainedKeys.add(subjectId);
      else searchRows.set(subjectId, `${searchRows.get(subjectId) ?? ''} ${value}`);
    }
    if (row.orderDate) {
      const span = dates.get(subjectId);
      if (!span) dates.set(subjectId, [row.orderDate, row.orderDate]);
      else {
        if (span[0] === null || row.orderDate < span[0]) span[0] = row.orderDate;
        if (span[1] === null || row.orderDate > span[1]) span[1] = row.orderDate;
      }
    }
    const consignee = row.consignee;
    orders.push([
      row.externalOrderId,
      subjectId,
      row.orderDate,
      row.deliveryMethod ?? '',
      row.paymentMethod ?? '',
      aliasKey(row.deliveryMethod ?? ''),
      aliasKey(row.paymentMethod ?? ''),
      consignee?.fullName ?? '',
      consignee?.phone ?? '',
      address,
      row.line,
    ]);
  }

  for (const row of newSubjects) {
    const span = dates.get(row[0] as number);
    if (span) [row[4], row[5]] = span;
  }
  const origin = { organisation_id: target.organisationId, import_id: target.importId };
  await insertRows(
    tx,
    'subjects',
    ['id', 'full_name', 'name_key', 'address', 'first_order_at', 'last_order_at'],
    newSubjects,
    { constants: { ...origin, created_at: target.createdAt } },
  );
  await insertRows(tx, 'subject_keys', ['kind', 'value', 'subject_id'], newKeys, {
    orIgnore: true,
    constants: origin,
  });
  await insertRows(
    tx,
    'subjects_search',
    ['rowid', 'text'],
    [...searchRows].map(([id, text]) => [id, lowerCase(text)]),
  );
  await reindexSubjects(tx, [...existingGainedKeys]);
  const fromOrderId = await firstOrderIdAfter(tx);
  counts.imported = await insertRows(
    tx,
    'orders',
    [
      'external_id',
      'subject_id',
      'ordered_at',
      'delivery_method',
      'payment_method',
      'delivery_key',
      'payment_key',
      'consignee_name',
      'consignee_phone',
      'address',
      'line',
    ],
    orders,
    { constants: { ...origin, source: target.source } },
  );
  await widenSubjectOrderDates(
    tx,
    [...dates].filter(([id]) => id < firstNewSubject).map(([id, [first, last]]) => [id, first, last]),
  );
  counts.transfersCreated = await createTransfers(tx, target.importId, fromOrderId);
  counts.warnings = warnings.length;
  return { counts, warnings };
};
