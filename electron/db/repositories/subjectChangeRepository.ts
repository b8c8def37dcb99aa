import type { Queryable } from '../connection';
import type { MovedRecords } from './possibleMatchRepository';

/** SQL of merges, splits and their undo: exactly the recorded rows move, nothing else. */

type Key = MovedRecords['keys'][number];
const json = (v: unknown) => JSON.stringify(v);

export const subjectRow = (q: Queryable, id: number) =>
  q.get<{
    id: number;
    organisation_id: number;
    full_name: string;
    merged_into: number | null;
    origin: string;
  }>('SELECT id, organisation_id, full_name, merged_into, origin FROM subjects WHERE id = :id', { id });

export const ordersOfSubject = async (q: Queryable, subjectId: number, role: 'buyer' | 'consignee') =>
  (
    await q.all<{ id: number }>(
      `SELECT id FROM orders WHERE ${role === 'buyer' ? 'subject_id' : 'consignee_id'} = :subjectId ORDER BY id`,
      { subjectId },
    )
  ).map((r) => r.id);

export const keysOfSubject = (q: Queryable, subjectId: number) =>
  q.all<Key>(
    `SELECT kind, value, order_id AS orderId, import_id AS importId FROM subject_keys WHERE subject_id = :subjectId ORDER BY kind, value`,
    { subjectId },
  );

export const referencingIds = async (
  q: Queryable,
  table: 'correspondence_items' | 'subject_blocks',
  subjectId: number,
) =>
  (await q.all<{ id: number }>(`SELECT id FROM ${table} WHERE subject_id = :subjectId`, { subjectId })).map(
    (r) => r.id,
  );

/** Moves the listed orders (as buyer / as consignee) from one subject to another, marking them `manual`. */
export const moveOrders = async (
  q: Queryable,
  from: number,
  to: number,
  buyer: number[],
  consignee: number[],
  match: 'manual' | null,
) => {
  await q.run(
    `UPDATE orders SET subject_id = :to, match = COALESCE(:match, match) WHERE subject_id = :from AND id IN (SELECT value FROM json_each(:ids))`,
    { from, to, ids: json(buyer), match },
  );
  await q.run(
    `UPDATE orders SET consignee_id = :to, consignee_match = COALESCE(:match, consignee_match)
     WHERE consignee_id = :from AND id IN (SELECT value FROM json_each(:ids))`,
    { from, to, ids: json(consignee), match },
  );
};

/** Gives `to` the keys (those it already holds stay); returns the keys it did not hold. */
export const addKeys = async (
  q: Queryable,
  organisationId: number,
  to: number,
  keys: Key[],
): Promise<Key[]> => {
  const added: Key[] = [];
  for (const k of keys) {
    const { changes } = await q.run(
      `INSERT OR IGNORE INTO subject_keys (organisation_id, kind, value, subject_id, import_id, order_id)
       VALUES (:organisationId, :kind, :value, :to, :importId, :orderId)`,
      { organisationId, to, ...k },
    );
    if (changes > 0) added.push(k);
  }
  return added;
};

export const removeKeys = (q: Queryable, subjectId: number, keys: Pick<Key, 'kind' | 'value'>[]) =>
  q.run(
    `DELETE FROM subject_keys WHERE subject_id = :subjectId AND (kind, value) IN
       (SELECT value ->> 0, value ->> 1 FROM json_each(:keys))`,
    { subjectId, keys: json(keys.map((k) => [k.kind, k.value])) },
  );

export const relink = (
  q: Queryable,
  table: 'correspondence_items' | 'subject_blocks',
  ids: number[],
  to: number,
) =>
  q.run(`UPDATE ${table} SET subject_id = :to WHERE id IN (SELECT value FROM json_each(:ids))`, {
    to,
    ids: json(ids),
  });

export const setMergedInto = (q: Queryable, id: number, into: number | null) =>
  q.run('UPDATE subjects SET merged_into = :into WHERE id = :id', { id, into });

export const insertSubject = async (
  q: Queryable,
  s: {
    organisationId: number;
    fullName: string;
    nameKey: string;
    address: string;
    origin: 'manual' | 'split';
    note: string;
    now: string;
  },
) =>
  (
    await q.run(
      `INSERT INTO subjects (organisation_id, full_name, name_key, address, origin, note, created_at)
       VALUES (:organisationId, :fullName, :nameKey, :address, :origin, :note, :now)`,
      s,
    )
  ).lastID;

export const insertChange = async (
  q: Queryable,
  c: {
    organisationId: number;
    kind: 'merge' | 'split';
    from: number;
    to: number;
    moved: MovedRecords;
    reason: string;
    now: string;
    actorOs: string;
    actorPerson: string;
  },
) =>
  (
    await q.run(
      `INSERT INTO subject_changes (organisation_id, kind, from_subject_id, to_subject_id, moved, reason, created_at, actor_os, actor_person)
       VALUES (:organisationId, :kind, :from, :to, :moved, :reason, :now, :actorOs, :actorPerson)`,
      { ...c, moved: json(c.moved) },
    )
  ).lastID;

export const markChangeUndone = (q: Queryable, id: number, now: string) =>
  q.run('UPDATE subject_changes SET undone_at = :now WHERE id = :id', { id, now });

/** Changes after `id` that touch the same subjects and are not undone: they must be undone first. */
export const laterChanges = (q: Queryable, id: number, subjects: number[]) =>
  q.all<{ id: number; kind: string }>(
    `SELECT id, kind FROM subject_changes WHERE id > :id AND undone_at IS NULL
       AND (from_subject_id IN (SELECT value FROM json_each(:s)) OR to_subject_id IN (SELECT value FROM json_each(:s)))`,
    { id, s: json(subjects) },
  );

/** Incidents whose saved breach scope involves any of these subjects. */
export const incidentsScopingSubjects = async (q: Queryable, subjects: number[]): Promise<number[]> =>
  (
    await q.all<{ incident_id: number }>(
      `SELECT DISTINCT incident_id FROM breach_scope_subjects
       WHERE subject_id IN (SELECT value FROM json_each(:s)) ORDER BY incident_id`,
      { s: json(subjects) },
    )
  ).map((r) => r.incident_id);

/**
 * Saved breach scopes stay as saved and are marked outdated: the ledger they were computed from has
 * changed (a merge, a split, an undo).
 */
export const markScopesOutdated = (q: Queryable, incidents: number[], reason: string, now: string) =>
  q.run(
    `UPDATE breach_scopes SET outdated_at = :now, outdated_reason = :reason
     WHERE incident_id IN (SELECT value FROM json_each(:i))`,
    { i: json(incidents), reason, now },
  );
