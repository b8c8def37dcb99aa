import type { SubjectListItem, SubjectRole } from '../../../shared/domain/ledger';
import type { Queryable } from '../connection';

export interface ListRow {
  id: number;
  organisation_id: number;
  full_name: string;
  origin: 'import' | 'manual' | 'split';
  note: string;
  merged_into: number | null;
  keys: string | null;
  buyer_orders: number;
  consignee_orders: number;
  last_order_at: string | null;
  blocked: number;
}

interface SubjectRow extends ListRow {
  address: string;
  first_order_at: string | null;
}

const splitKeys = (keys: string | null) => {
  const phones: string[] = [];
  const emails: string[] = [];
  for (const k of (keys ?? '').split('\u001F').filter(Boolean)) {
    if (k.startsWith('phone:')) phones.push(k.slice(6));
    else if (k.startsWith('email:')) emails.push(k.slice(6));
  }
  return { phones, emails };
};

/**
 * A subject's address (`s` aliases subjects): the one entered on the subject itself, else the latest
 * delivery address of its orders, else (a consignee who never bought) of the orders she received —
 * imported subjects keep their addresses on the orders only.
 */
export const SUBJECT_ADDRESS_SQL = `COALESCE(NULLIF(s.address, ''), (SELECT o.address FROM orders o
    WHERE o.subject_id = s.id AND o.address <> '' ORDER BY o.ordered_at DESC, o.id DESC LIMIT 1),
  (SELECT o.address FROM orders o
    WHERE o.consignee_id = s.id AND o.address <> '' ORDER BY o.ordered_at DESC, o.id DESC LIMIT 1), '')`;

/** What a list row shows (order counts and dates come from the orders, through covering indexes). */
export const LIST_COLUMNS = `s.id AS id, s.organisation_id, s.full_name, s.origin, s.note, s.merged_into,
  (SELECT group_concat(k.kind || ':' || k.value, char(31)) FROM subject_keys k WHERE k.subject_id = s.id) AS keys,
  (SELECT COUNT(*) FROM orders o WHERE o.subject_id = s.id) AS buyer_orders,
  (SELECT COUNT(*) FROM orders o WHERE o.consignee_id = s.id) AS consignee_orders,
  (SELECT MAX(o.ordered_at) FROM orders o WHERE o.subject_id = s.id) AS last_order_at,
  EXISTS (SELECT 1 FROM subject_blocks b WHERE b.subject_id = s.id AND b.until_date IS NULL) AS blocked`;

/** The card adds the first order's date and the latest delivery address (the subject row keeps only its own). */
const COLUMNS = `${LIST_COLUMNS},
  ${SUBJECT_ADDRESS_SQL} AS address,
  (SELECT MIN(o.ordered_at) FROM orders o WHERE o.subject_id = s.id) AS first_order_at`;

const rolesOf = (r: ListRow): SubjectRole[] => [
  ...(r.buyer_orders > 0 ? (['buyer'] as const) : []),
  ...(r.consignee_orders > 0 ? (['consignee'] as const) : []),
];

export const toListItem = (r: ListRow): SubjectListItem => ({
  id: r.id,
  fullName: r.full_name,
  ...splitKeys(r.keys),
  orders: r.buyer_orders + r.consignee_orders,
  lastOrderAt: r.last_order_at,
  roles: rolesOf(r),
  manual: r.origin === 'manual',
  blocked: r.blocked === 1,
});

export const listSubjects = async (
  q: Queryable,
  organisationId: number,
  offset: number,
  limit: number,
): Promise<SubjectListItem[]> =>
  (
    await q.all<ListRow>(
      `SELECT ${LIST_COLUMNS} FROM (
         SELECT id FROM subjects WHERE organisation_id = :organisationId AND merged_into IS NULL
         ORDER BY full_name, id LIMIT :limit OFFSET :offset
       ) page JOIN subjects s ON s.id = page.id ORDER BY s.full_name, s.id`,
      { organisationId, offset, limit },
    )
  ).map(toListItem);

export const countSubjects = async (q: Queryable, organisationId: number): Promise<number> =>
  (
    await q.get<{ n: number }>(
      'SELECT COUNT(*) AS n FROM subjects WHERE organisation_id = :organisationId AND merged_into IS NULL',
      { organisationId },
    )
  )?.n ?? 0;

export const findSubject = async (q: Queryable, id: number) => {
  const row = await q.get<SubjectRow>(`SELECT ${COLUMNS} FROM subjects s WHERE s.id = :id`, { id });
  return row
    ? {
        ...toListItem(row),
        organisationId: row.organisation_id,
        address: row.address,
        firstOrderAt: row.first_order_at,
        origin: row.origin,
        note: row.note,
        mergedInto: row.merged_into,
      }
    : null;
};

export interface SubjectOrderRow {
  id: number;
  external_id: string;
  source: string;
  role: SubjectRole;
  ordered_at: string | null;
  delivery_method: string;
  payment_method: string;
  name_written: string;
  phone_written: string;
  email_written: string;
  consignee_name: string;
  address: string;
  file_name: string;
  line: number;
  match: string | null;
  via_order: string | null;
  via_file: string | null;
  via_line: number | null;
}

/** The subject's orders as buyer and as consignee, each with why it belongs to the subject. */
export const subjectOrders = (q: Queryable, subjectId: number, limit: number) =>
  q.all<SubjectOrderRow>(
    `SELECT * FROM (
       SELECT o.id, o.external_id, o.source, 'buyer' AS role, o.ordered_at, o.delivery_method, o.payment_method,
         o.buyer_name AS name_written, o.buyer_phone AS phone_written, o.buyer_email AS email_written,
         o.consignee_name, o.address, i.file_name, o.line, o.match,
         v.external_id AS via_order, vi.file_name AS via_file, v.line AS via_line
       FROM orders o JOIN imports i ON i.id = o.import_id
         LEFT JOIN orders v ON v.id = o.match_order_id LEFT JOIN imports vi ON vi.id = v.import_id
       WHERE o.subject_id = :subjectId
       UNION ALL
       SELECT o.id, o.external_id, o.source, 'consignee', o.ordered_at, o.delivery_method, o.payment_method,
         o.consignee_name, o.consignee_phone, '', o.consignee_name, o.address, i.file_name, o.line, o.consignee_match,
         v.external_id, vi.file_name, v.line
       FROM orders o JOIN imports i ON i.id = o.import_id
         LEFT JOIN orders v ON v.id = o.consignee_match_order_id LEFT JOIN imports vi ON vi.id = v.import_id
       WHERE o.consignee_id = :subjectId)
     ORDER BY ordered_at DESC, id DESC LIMIT :limit`,
    { subjectId, limit },
  );

/** Every recipient that received the subject's data (as buyer or consignee), with each transfer. */
export const subjectTransfers = (q: Queryable, subjectId: number) =>
  q.all<{
    recipient_id: number;
    legal_name: string;
    type: string;
    country: string;
    external_id: string;
    ordered_at: string | null;
    transferred_on: string | null;
    basis: 'delivery' | 'payment';
    role: SubjectRole;
  }>(
    `SELECT r.id AS recipient_id, r.legal_name, r.type, r.country, o.external_id, o.ordered_at, t.transferred_on, t.basis,
       CASE WHEN o.subject_id = :subjectId THEN 'buyer' ELSE 'consignee' END AS role
     FROM orders o JOIN transfers t ON t.order_id = o.id JOIN recipients r ON r.id = t.recipient_id
     WHERE o.id IN (SELECT id FROM orders WHERE subject_id = :subjectId UNION SELECT id FROM orders WHERE consignee_id = :subjectId)
     ORDER BY r.legal_name, t.transferred_on, o.external_id`,
    { subjectId },
  );
