import type { OrderRow } from './fields';

/** A normalised identifier of a person: `phone:+996555123456` or `email:aigul@example.kg`. */
export type SubjectKey = `phone:${string}` | `email:${string}`;

/**
 * Keys that identify the row's data subject (the buyer). Names are never keys: namesakes are common
 * and spellings vary. A row identified by name only gets no key and becomes a subject of its own.
 */
export const subjectKeys = (row: Pick<OrderRow, 'buyer'>): SubjectKey[] => {
  const keys: SubjectKey[] = [];
  if (row.buyer.phone !== null) keys.push(`phone:${row.buyer.phone}`);
  if (row.buyer.email !== null) keys.push(`email:${row.buyer.email.toLowerCase()}`);
  return keys;
};

export interface SubjectResolution {
  /** The existing subject the row belongs to, or null: create a new subject. */
  subjectId: number | null;
  /** Keys nobody owns yet: attach them to the chosen (or new) subject. */
  newKeys: SubjectKey[];
  /** Keys owned by another subject than the chosen one: left where they are, reported for review. */
  conflicts: { key: SubjectKey; ownerId: number }[];
}

/**
 * The ledger's merge rule; deterministic: the same rows in the same order give the same subjects.
 * - same normalised phone OR same e-mail => same person;
 * - each key belongs to exactly one subject, the first one that claimed it;
 * - when a row's keys point at different subjects (a shared family phone, a reused e-mail), the row
 *   goes to the earliest-seen subject (lowest id, ids being assigned in order of first sight); the
 *   subjects are NOT merged and the other subject keeps its key. Merging transitively would let one
 *   shared phone collapse unrelated people into one record and rewrite evidence already in the ledger;
 *   the officer can merge by hand after reviewing `conflicts`.
 * `ownerOf` looks a key up in the ledger (and in rows already resolved in the same import).
 */
export const resolveSubject = (
  keys: readonly SubjectKey[],
  ownerOf: (key: SubjectKey) => number | undefined,
): SubjectResolution => {
  const owners = keys.map((key) => ({ key, ownerId: ownerOf(key) }));
  const ids = owners.flatMap((o) => (o.ownerId === undefined ? [] : [o.ownerId]));
  const subjectId = ids.length > 0 ? Math.min(...ids) : null;
  return {
    subjectId,
    newKeys: owners.filter((o) => o.ownerId === undefined).map((o) => o.key),
    conflicts: owners.flatMap((o) =>
      o.ownerId !== undefined && o.ownerId !== subjectId ? [{ key: o.key, ownerId: o.ownerId }] : [],
    ),
  };
};
