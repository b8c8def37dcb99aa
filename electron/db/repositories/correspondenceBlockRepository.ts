import type { Queryable } from '../connection';

export interface BlockRow {
  id: number;
  organisation_id: number;
  subject_id: number | null;
  item_id: number;
  item_number: string;
  from_date: string;
  until_date: string | null;
  reason: string;
  end_reason: string;
  created_at: string;
  ended_at: string | null;
}

const SELECT = `SELECT b.*, i.number AS item_number FROM subject_blocks b
  JOIN correspondence_items i ON i.id = b.item_id`;

/**
 * Active blocks (the check has not ended) of the given subjects, for flagging blocked subjects
 * wherever they appear (ledger lists, the correspondence register, documents).
 */
export const activeBlocks = (q: Queryable, subjectIds: readonly number[]): Promise<BlockRow[]> =>
  subjectIds.length === 0
    ? Promise.resolve([])
    : q.all<BlockRow>(
        `${SELECT} WHERE b.until_date IS NULL AND b.subject_id IN (SELECT value FROM json_each(:ids))
         ORDER BY b.subject_id, b.id`,
        { ids: JSON.stringify(subjectIds) },
      );

export const findBlock = (q: Queryable, id: number): Promise<BlockRow | undefined> =>
  q.get<BlockRow>(`${SELECT} WHERE b.id = :id`, { id });

export const listBlocks = (
  q: Queryable,
  f: { organisationId: number | null; subjectId: number | null; itemId: number | null; activeOnly: boolean },
): Promise<BlockRow[]> =>
  q.all<BlockRow>(
    `${SELECT} WHERE (:organisationId IS NULL OR b.organisation_id = :organisationId)
       AND (:subjectId IS NULL OR b.subject_id = :subjectId) AND (:itemId IS NULL OR b.item_id = :itemId)
       AND (:activeOnly = 0 OR b.until_date IS NULL)
     ORDER BY b.until_date IS NOT NULL, b.from_date DESC, b.id DESC LIMIT 1000`,
    { ...f, activeOnly: f.activeOnly ? 1 : 0 },
  );

export const insertBlock = async (
  q: Queryable,
  b: { organisationId: number; subjectId: number | null; itemId: number; from: string; reason: string },
  now: string,
): Promise<number> =>
  (
    await q.run(
      `INSERT INTO subject_blocks (organisation_id, subject_id, item_id, from_date, reason, created_at)
       VALUES (:organisationId, :subjectId, :itemId, :from, :reason, :now)`,
      { ...b, now },
    )
  ).lastID;

export const endBlock = async (
  q: Queryable,
  id: number,
  until: string,
  reason: string,
  now: string,
): Promise<void> => {
  await q.run(
    'UPDATE subject_blocks SET until_date = :until, end_reason = :reason, ended_at = :now WHERE id = :id',
    { id, until, reason, now },
  );
};

/** Blocks created before the sender was linked follow the item to its subject. */
export const setItemBlocksSubject = async (q: Queryable, itemId: number, subjectId: number | null) => {
  await q.run('UPDATE subject_blocks SET subject_id = :subjectId WHERE item_id = :itemId', {
    itemId,
    subjectId,
  });
};

/** Ids of the given items that have an active block, on themselves or on their subject. */
export const blockedItemIds = async (q: Queryable, itemIds: readonly number[]): Promise<Set<number>> =>
  new Set(
    (
      await q.all<{ id: number }>(
        `SELECT i.id FROM correspondence_items i WHERE i.id IN (SELECT value FROM json_each(:ids))
         AND EXISTS (SELECT 1 FROM subject_blocks b WHERE b.until_date IS NULL
           AND (b.item_id = i.id OR (i.subject_id IS NOT NULL AND b.subject_id = i.subject_id)))`,
        { ids: JSON.stringify(itemIds) },
      )
    ).map((r) => r.id),
  );
