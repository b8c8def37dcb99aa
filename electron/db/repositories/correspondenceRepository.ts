import type { Selectable } from 'kysely';
import type { CorrespondenceItemsTable } from '../store/schema';
import type { Queryable } from '../connection';

/** SQL of incoming correspondence items (the register), their search index and deadline inputs. */

/** A correspondence item's row (one fact: the typed data layer's table). */
export type ItemRow = Selectable<CorrespondenceItemsTable>;

/** Columns written on registration and edit (all but ids, number parts and timestamps). */
export interface ItemValues {
  kind: string;
  receivedDate: string;
  receivedVia: string;
  senderRefNumber: string;
  senderRefDate: string | null;
  subjectId: number | null;
  senderName: string;
  senderAddress: string;
  senderEmail: string;
  senderPhone: string;
  orderNumbers: string;
  demands: string;
  amountMinor: number | null;
  currency: string | null;
  responsible: string;
  notes: string;
  ruleId: string;
  startDate: string;
}

export interface DeadlineValues {
  dueDate: string;
  dueAt: string | null;
  /** ItemDeadline JSON. */
  deadline: string;
}

export const findItem = (q: Queryable, id: number): Promise<ItemRow | undefined> =>
  q.get<ItemRow>('SELECT * FROM correspondence_items WHERE id = :id', { id });

export const insertItem = async (
  q: Queryable,
  organisationId: number,
  numbering: { year: number; seq: number; number: string },
  v: ItemValues,
  d: DeadlineValues,
  now: string,
): Promise<number> =>
  (
    await q.run(
      `INSERT INTO correspondence_items (organisation_id, year, seq, number, kind, received_date, received_via,
         sender_ref_number, sender_ref_date, subject_id, sender_name, sender_address, sender_email, sender_phone,
         order_numbers, demands, amount_minor, currency, responsible, notes, status, rule_id, start_date,
         due_date, due_at, deadline, created_at, updated_at)
       VALUES (:organisationId, :year, :seq, :number, :kind, :receivedDate, :receivedVia, :senderRefNumber,
         :senderRefDate, :subjectId, :senderName, :senderAddress, :senderEmail, :senderPhone, :orderNumbers,
         :demands, :amountMinor, :currency, :responsible, :notes, 'registered', :ruleId, :startDate, :dueDate,
         :dueAt, :deadline, :now, :now)`,
      { organisationId, ...numbering, ...v, ...d, now },
    )
  ).lastID;

export const updateItem = async (
  q: Queryable,
  id: number,
  v: Omit<ItemValues, 'kind'>,
  now: string,
): Promise<void> => {
  await q.run(
    `UPDATE correspondence_items SET received_date = :receivedDate, received_via = :receivedVia,
       sender_ref_number = :senderRefNumber, sender_ref_date = :senderRefDate, subject_id = :subjectId,
       sender_name = :senderName, sender_address = :senderAddress, sender_email = :senderEmail,
       sender_phone = :senderPhone, order_numbers = :orderNumbers, demands = :demands,
       amount_minor = :amountMinor, currency = :currency, responsible = :responsible, notes = :notes,
       rule_id = :ruleId, start_date = :startDate, updated_at = :now
     WHERE id = :id`,
    { id, ...v, now },
  );
};

export const setItemDeadline = async (q: Queryable, id: number, d: DeadlineValues, now: string) => {
  await q.run(
    `UPDATE correspondence_items SET due_date = :dueDate, due_at = :dueAt, deadline = :deadline,
       updated_at = :now WHERE id = :id`,
    { id, ...d, now },
  );
};

export const setItemIdentity = async (q: Queryable, id: number, identity: string, now: string) => {
  await q.run(
    'UPDATE correspondence_items SET identity_verification = :identity, updated_at = :now WHERE id = :id',
    { id, identity, now },
  );
};

export const setItemStatus = async (q: Queryable, id: number, status: string, now: string) => {
  await q.run('UPDATE correspondence_items SET status = :status, updated_at = :now WHERE id = :id', {
    id,
    status,
    now,
  });
};

export const setItemSubject = async (q: Queryable, id: number, subjectId: number | null, now: string) => {
  await q.run('UPDATE correspondence_items SET subject_id = :subjectId, updated_at = :now WHERE id = :id', {
    id,
    subjectId,
    now,
  });
};

/** Open items of one country's organisations: their deadlines follow a corrected calendar. */
export const openItemIdsOfCountry = async (q: Queryable, country: string): Promise<number[]> =>
  (
    await q.all<{ id: number }>(
      `SELECT i.id FROM correspondence_items i JOIN organisations o ON o.id = i.organisation_id
       WHERE o.jurisdiction = :country AND i.status NOT IN ('answered', 'closed') ORDER BY i.id`,
      { country },
    )
  ).map((r) => r.id);

export interface ExtensionRow {
  id: number;
  item_id: number;
  amount: number;
  unit: string;
  reason: string;
  granted_on: string;
  created_at: string;
}

export interface PauseRow {
  id: number;
  item_id: number;
  from_date: string;
  to_date: string | null;
  reason: string;
  resume_status: string;
  created_at: string;
  ended_at: string | null;
}

export const itemExtensions = (q: Queryable, itemId: number): Promise<ExtensionRow[]> =>
  q.all<ExtensionRow>('SELECT * FROM correspondence_extensions WHERE item_id = :itemId ORDER BY id', {
    itemId,
  });

export const itemPauses = (q: Queryable, itemId: number): Promise<PauseRow[]> =>
  q.all<PauseRow>('SELECT * FROM correspondence_pauses WHERE item_id = :itemId ORDER BY id', { itemId });

export const insertExtension = async (
  q: Queryable,
  itemId: number,
  e: { amount: number; unit: string; reason: string; grantedOn: string },
  now: string,
): Promise<void> => {
  await q.run(
    `INSERT INTO correspondence_extensions (item_id, amount, unit, reason, granted_on, created_at)
     VALUES (:itemId, :amount, :unit, :reason, :grantedOn, :now)`,
    { itemId, ...e, now },
  );
};

export const insertPause = async (
  q: Queryable,
  itemId: number,
  p: { from: string; to: string | null; reason: string; resumeStatus: string },
  now: string,
): Promise<void> => {
  await q.run(
    `INSERT INTO correspondence_pauses (item_id, from_date, to_date, reason, resume_status, created_at, ended_at)
     VALUES (:itemId, :from, :to, :reason, :resumeStatus, :now, CASE WHEN :to IS NULL THEN NULL ELSE :now END)`,
    { itemId, ...p, now },
  );
};

export const endPause = async (q: Queryable, pauseId: number, to: string, now: string): Promise<void> => {
  await q.run('UPDATE correspondence_pauses SET to_date = :to, ended_at = :now WHERE id = :pauseId', {
    pauseId,
    to,
    now,
  });
};
