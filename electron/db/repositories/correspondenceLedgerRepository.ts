import type { Queryable } from '../connection';

/** What correspondence reads from the subjects ledger (migration 0002): subjects, orders, transfers. */

export interface SubjectRow {
  id: number;
  organisation_id: number;
  full_name: string;
  address: string;
}

export const findSubject = (q: Queryable, id: number): Promise<SubjectRow | undefined> =>
  q.get<SubjectRow>('SELECT id, organisation_id, full_name, address FROM subjects WHERE id = :id', { id });

export const subjectKeys = (q: Queryable, subjectId: number) =>
  q.all<{ kind: 'phone' | 'email'; value: string }>(
    'SELECT kind, value FROM subject_keys WHERE subject_id = :subjectId ORDER BY kind, value',
    { subjectId },
  );

export interface LedgerOrderRow {
  id: number;
  external_id: string;
  ordered_at: string | null;
  source: string;
  subject_id: number;
}

/** Orders of an organisation whose number (external id, any source) is in `numbers`. */
export const ordersByNumbers = (
  q: Queryable,
  organisationId: number,
  numbers: readonly string[],
): Promise<LedgerOrderRow[]> =>
  numbers.length === 0
    ? Promise.resolve([])
    : q.all<LedgerOrderRow>(
        `SELECT id, external_id, ordered_at, source, subject_id FROM orders
         WHERE organisation_id = :organisationId AND external_id IN (SELECT value FROM json_each(:numbers))
         ORDER BY ordered_at, id`,
        { organisationId, numbers: JSON.stringify(numbers) },
      );

export const subjectOrderStats = async (q: Queryable, subjectId: number) =>
  (await q.get<{ n: number; first: string | null; last: string | null }>(
    `SELECT COUNT(*) AS n, MIN(ordered_at) AS first, MAX(ordered_at) AS last FROM orders
     WHERE id IN (SELECT id FROM orders WHERE subject_id = :subjectId UNION SELECT id FROM orders WHERE consignee_id = :subjectId)`,
    { subjectId },
  )) ?? { n: 0, first: null, last: null };

/** Delivery addresses of the subject's orders, as buyer or consignee (distinct, most recent first). */
export const subjectOrderAddresses = async (q: Queryable, subjectId: number): Promise<string[]> =>
  (
    await q.all<{ address: string }>(
      `SELECT address FROM orders WHERE address <> ''
         AND id IN (SELECT id FROM orders WHERE subject_id = :subjectId UNION SELECT id FROM orders WHERE consignee_id = :subjectId)
       GROUP BY address ORDER BY MAX(ordered_at) DESC LIMIT 20`,
      { subjectId },
    )
  ).map((r) => r.address);

export interface AccessRecipientRow {
  recipient_id: number;
  legal_name: string;
  country: string;
  address: string;
  role: string;
  legal_basis: string;
  purposes: string;
  data_categories: string;
  cross_border: number;
  transfers: number;
  first_transfer: string | null;
  last_transfer: string | null;
}

/**
 * Recipients that received the subject's data: transfers → orders (as buyer or consignee) → recipients, with
 * the register's purposes, categories and basis, and how many transfers when.
 */
export const subjectRecipients = (q: Queryable, subjectId: number): Promise<AccessRecipientRow[]> =>
  q.all<AccessRecipientRow>(
    `SELECT r.id AS recipient_id, r.legal_name, r.country, r.address, r.role, r.legal_basis, r.purposes,
       r.data_categories, r.cross_border, COUNT(*) AS transfers, MIN(t.transferred_on) AS first_transfer,
       MAX(t.transferred_on) AS last_transfer
     FROM transfers t JOIN orders o ON o.id = t.order_id JOIN recipients r ON r.id = t.recipient_id
     WHERE o.id IN (SELECT id FROM orders WHERE subject_id = :subjectId UNION SELECT id FROM orders WHERE consignee_id = :subjectId)
     GROUP BY r.id ORDER BY r.type, r.legal_name_key, r.id`,
    { subjectId },
  );
