import type { Queryable } from '../connection';

export interface AnswerRow {
  id: number;
  organisation_id: number;
  item_id: number;
  chain_id: number;
  version: number;
  supersedes_id: number | null;
  decision: string;
  state: 'draft' | 'registered' | 'sent';
  outgoing_year: number | null;
  outgoing_seq: number | null;
  outgoing_number: string | null;
  outgoing_date: string | null;
  addressee_name: string;
  addressee_address: string;
  heading: string;
  blocks: string;
  signatory_position: string;
  signatory_name: string;
  executor_name: string;
  executor_contact: string;
  access_report: string | null;
  sent_date: string | null;
  sent_channel: string | null;
  pdf_sha256: string | null;
  pdf_size: number | null;
  frozen: string | null;
  sent_at: string | null;
  created_at: string;
  updated_at: string;
  /** The policy version the template cited (migration 8); kept when the answer is frozen. */
  policy_version_id: number | null;
  /** Computed: the newest version of its chain. */
  latest: number;
}

/** The editable content of a letter, as stored. */
export interface AnswerContent {
  decision: string;
  addresseeName: string;
  addresseeAddress: string;
  heading: string;
  /** AnswerBlocks JSON. */
  blocks: string;
  signatoryPosition: string;
  signatoryName: string;
  executorName: string;
  executorContact: string;
  /** AccessReport JSON or null. */
  accessReport: string | null;
}

const SELECT = `SELECT a.*, (a.version = (SELECT MAX(version) FROM correspondence_answers x
  WHERE x.chain_id = a.chain_id)) AS latest FROM correspondence_answers a`;

export const findAnswer = (q: Queryable, id: number): Promise<AnswerRow | undefined> =>
  q.get<AnswerRow>(`${SELECT} WHERE a.id = :id`, { id });

export const itemAnswers = (q: Queryable, itemId: number): Promise<AnswerRow[]> =>
  q.all<AnswerRow>(`${SELECT} WHERE a.item_id = :itemId ORDER BY a.chain_id, a.version`, { itemId });

/** Version 1 of a new letter (its chain id is its own id) or a later version of `chain`. */
export const insertAnswer = async (
  q: Queryable,
  base: {
    organisationId: number;
    itemId: number;
    chain: { id: number; version: number; supersedesId: number } | null;
  },
  c: AnswerContent,
  now: string,
): Promise<number> => {
  const { lastID } = await q.run(
    `INSERT INTO correspondence_answers (organisation_id, item_id, chain_id, version, supersedes_id, decision, state,
       addressee_name, addressee_address, heading, blocks, signatory_position, signatory_name, executor_name,
       executor_contact, access_report, created_at, updated_at)
     VALUES (:organisationId, :itemId, COALESCE(:chainId, (SELECT COALESCE(MAX(id), 0) + 1 FROM correspondence_answers)),
       :version, :supersedesId, :decision, 'draft', :addresseeName, :addresseeAddress, :heading, :blocks,
       :signatoryPosition, :signatoryName, :executorName, :executorContact, :accessReport, :now, :now)`,
    {
      organisationId: base.organisationId,
      itemId: base.itemId,
      chainId: base.chain?.id ?? null,
      version: base.chain?.version ?? 1,
      supersedesId: base.chain?.supersedesId ?? null,
      ...c,
      now,
    },
  );
  return lastID;
};

export const updateAnswerContent = async (q: Queryable, id: number, c: AnswerContent, now: string) => {
  await q.run(
    `UPDATE correspondence_answers SET decision = :decision, addressee_name = :addresseeName,
       addressee_address = :addresseeAddress, heading = :heading, blocks = :blocks,
       signatory_position = :signatoryPosition, signatory_name = :signatoryName, executor_name = :executorName,
       executor_contact = :executorContact, access_report = :accessReport, updated_at = :now
     WHERE id = :id`,
    { id, ...c, now },
  );
};

export const setAnswerOutgoing = async (
  q: Queryable,
  id: number,
  o: { year: number; seq: number; number: string; date: string },
  now: string,
) => {
  await q.run(
    `UPDATE correspondence_answers SET state = 'registered', outgoing_year = :year, outgoing_seq = :seq,
       outgoing_number = :number, outgoing_date = :date, updated_at = :now WHERE id = :id`,
    { id, ...o, now },
  );
};

export const setAnswerSent = async (
  q: Queryable,
  id: number,
  s: { sentDate: string; channel: string; sha256: string; size: number; frozen: string },
  now: string,
) => {
  await q.run(
    `UPDATE correspondence_answers SET state = 'sent', sent_date = :sentDate, sent_channel = :channel,
       pdf_sha256 = :sha256, pdf_size = :size, frozen = :frozen, sent_at = :now, updated_at = :now WHERE id = :id`,
    { id, ...s, now },
  );
};

/** Sent answers' outgoing numbers per item: the latest one is shown next to the item. */
export const lastSentAnswers = async (
  q: Queryable,
  itemIds: readonly number[],
): Promise<Map<number, { number: string; date: string }>> => {
  const rows = await q.all<{ item_id: number; outgoing_number: string; outgoing_date: string }>(
    `SELECT item_id, outgoing_number, outgoing_date FROM correspondence_answers
     WHERE state = 'sent' AND item_id IN (SELECT value FROM json_each(:ids)) ORDER BY sent_at, id`,
    { ids: JSON.stringify(itemIds) },
  );
  return new Map(rows.map((r) => [r.item_id, { number: r.outgoing_number, date: r.outgoing_date }]));
};

/** Every sent answer of the given items (for the journal's «отметка об исполнении»). */
export const sentAnswersOfItems = (q: Queryable, itemIds: readonly number[]) =>
  q.all<{ item_id: number; outgoing_number: string; outgoing_date: string }>(
    `SELECT item_id, outgoing_number, outgoing_date FROM correspondence_answers
     WHERE state = 'sent' AND item_id IN (SELECT value FROM json_each(:ids)) ORDER BY outgoing_date, id`,
    { ids: JSON.stringify(itemIds) },
  );

export interface OutgoingJournalSqlRow extends AnswerRow {
  item_number: string;
  item_received_date: string;
  item_sender_ref_number: string;
  item_sender_ref_date: string | null;
}

/** Registered and sent answers of an organisation dated within the range, in register order. */
export const journalAnswers = (
  q: Queryable,
  organisationId: number,
  from: string,
  to: string,
): Promise<OutgoingJournalSqlRow[]> =>
  q.all<OutgoingJournalSqlRow>(
    `SELECT a.*, 1 AS latest, i.number AS item_number, i.received_date AS item_received_date,
       i.sender_ref_number AS item_sender_ref_number, i.sender_ref_date AS item_sender_ref_date
     FROM correspondence_answers a JOIN correspondence_items i ON i.id = a.item_id
     WHERE a.organisation_id = :organisationId AND a.outgoing_seq IS NOT NULL
       AND a.outgoing_date BETWEEN :from AND :to
     ORDER BY a.outgoing_year, a.outgoing_seq`,
    { organisationId, from, to },
  );
