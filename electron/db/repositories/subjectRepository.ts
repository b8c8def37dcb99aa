import type { SubjectCard, SubjectListItem } from '../../../shared/domain/ledger';
import type { Queryable } from '../connection';

interface SubjectRow {
  id: number;
  organisation_id: number;
  full_name: string;
  address: string;
  first_order_at: string | null;
  last_order_at: string | null;
  keys: string | null;
  orders: number;
  blocked: number;
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

const LIST_COLUMNS = `s.id, s.organisation_id, s.full_name, s.address, s.first_order_at, s.last_order_at,
  (SELECT group_concat(k.kind || ':' || k.value, char(31)) FROM subject_keys k WHERE k.subject_id = s.id) AS keys,
  (SELECT COUNT(*) FROM orders o WHERE o.subject_id = s.id) AS orders,
  EXISTS (SELECT 1 FROM subject_blocks b WHERE b.subject_id = s.id AND b.until_date IS NULL) AS blocked`;

const toItem = (r: SubjectRow): SubjectListItem => ({
  id: r.id,
  fullName: r.full_name,
  ...splitKeys(r.keys),
  orders: r.orders,
  lastOrderAt: r.last_order_at,
  blocked: r.blocked === 1,
});

export const listSubjects = async (
  q: Queryable,
  organisationId: number,
  offset: number,
  limit: number,
): Promise<SubjectListItem[]> =>
  (
    await q.all<SubjectRow>(
      `SELECT ${LIST_COLUMNS} FROM (
         SELECT id FROM subjects WHERE organisation_id = :organisationId ORDER BY full_name, id LIMIT :limit OFFSET :offset
       ) page JOIN subjects s ON s.id = page.id ORDER BY s.full_name, s.id`,
      { organisationId, offset, limit },
    )
  ).map(toItem);

export const countSubjects = async (q: Queryable, organisationId: number): Promise<number> =>
  (
    await q.get<{ n: number }>('SELECT COUNT(*) AS n FROM subjects WHERE organisation_id = :organisationId', {
      organisationId,
    })
  )?.n ?? 0;

/**
 * Trigram search (3+ characters): ids of matching subjects of the organisation, at most `cap`, in the
 * index's own order (subject id, i.e. order of first appearance) so a common fragment stops early
 * instead of sorting every match.
 */
export const searchSubjectIds = async (
  q: Queryable,
  organisationId: number,
  phrase: string,
  cap: number,
): Promise<number[]> =>
  (
    await q.all<{ id: number }>(
      `SELECT s.id FROM subjects_search f JOIN subjects s ON s.id = f.rowid
       WHERE subjects_search MATCH :phrase AND s.organisation_id = :organisationId
       ORDER BY f.rowid LIMIT :cap`,
      { phrase, organisationId, cap },
    )
  ).map((r) => r.id);

/** Subjects by id, in the order of `ids`. */
/** Names (lower-cased) starting with `prefix`, in name order, through the B-tree; at most `cap`. */
export const subjectIdsByNamePrefix = async (
  q: Queryable,
  organisationId: number,
  prefix: string,
  cap: number,
): Promise<number[]> =>
  (
    await q.all<{ id: number }>(
      `SELECT id FROM subjects WHERE organisation_id = :organisationId AND name_key >= :prefix AND name_key < :upper
       ORDER BY name_key, id LIMIT :cap`,
      { organisationId, prefix, upper: `${prefix}\u{10FFFF}`, cap },
    )
  ).map((r) => r.id);

/** Subjects whose e-mail starts with `prefix` (the keys' primary-key B-tree); at most `cap`. */
export const subjectIdsByEmailPrefix = async (
  q: Queryable,
  organisationId: number,
  prefix: string,
  cap: number,
): Promise<number[]> =>
  (
    await q.all<{ subject_id: number }>(
      `SELECT DISTINCT subject_id FROM subject_keys WHERE organisation_id = :organisationId AND kind = 'email'
       AND value >= :prefix AND value < :upper ORDER BY value LIMIT :cap`,
      { organisationId, prefix, upper: `${prefix}\u{10FFFF}`, cap },
    )
  ).map((r) => r.subject_id);

export const subjectsByIds = async (q: Queryable, ids: number[]): Promise<SubjectListItem[]> => {
  const rows = await q.all<SubjectRow>(
    `SELECT ${LIST_COLUMNS} FROM subjects s WHERE s.id IN (SELECT value FROM json_each(:ids))`,
    { ids: JSON.stringify(ids) },
  );
  const byId = new Map(rows.map((r) => [r.id, toItem(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
};

export const findSubject = async (q: Queryable, id: number) => {
  const row = await q.get<SubjectRow>(`SELECT ${LIST_COLUMNS} FROM subjects s WHERE s.id = :id`, { id });
  return row
    ? {
        ...toItem(row),
        organisationId: row.organisation_id,
        address: row.address,
        firstOrderAt: row.first_order_at,
      }
    : null;
};

export const subjectOrders = (q: Queryable, subjectId: number, limit: number) =>
  q.all<{
    external_id: string;
    source: string;
    ordered_at: string | null;
    delivery_method: string;
    payment_method: string;
    consignee_name: string;
    address: string;
  }>(
    `SELECT external_id, source, ordered_at, delivery_method, payment_method, consignee_name, address FROM orders
     WHERE subject_id = :subjectId ORDER BY ordered_at DESC, id DESC LIMIT :limit`,
    { subjectId, limit },
  );

/** Every recipient that received the subject's data, with each transfer (order, date, basis). */
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
  }>(
    `SELECT r.id AS recipient_id, r.legal_name, r.type, r.country, o.external_id, o.ordered_at, t.transferred_on, t.basis
     FROM orders o JOIN transfers t ON t.order_id = o.id JOIN recipients r ON r.id = t.recipient_id
     WHERE o.subject_id = :subjectId ORDER BY r.legal_name, t.transferred_on, o.external_id`,
    { subjectId },
  );

export type SubjectCardRecipients = SubjectCard['recipients'];
