import type { PossibleMatch, SubjectChange } from '../../../shared/domain/ledger';
import type { Queryable } from '../connection';

interface MatchRow {
  id: number;
  subject_id: number;
  subject_name: string;
  other_id: number;
  other_name: string;
  kind: string;
  value: string;
  order_external_id: string | null;
  file_name: string | null;
  line: number | null;
  status: PossibleMatch['status'];
  created_at: string;
}

const MATCH_SELECT = `SELECT m.id, m.subject_id, s.full_name AS subject_name, m.other_id, x.full_name AS other_name,
    m.kind, m.value, o.external_id AS order_external_id, i.file_name, m.line, m.status, m.created_at
  FROM possible_matches m JOIN subjects s ON s.id = m.subject_id JOIN subjects x ON x.id = m.other_id
    LEFT JOIN orders o ON o.id = m.order_id LEFT JOIN imports i ON i.id = m.import_id`;

const toMatch = (r: MatchRow): PossibleMatch => ({
  id: r.id,
  subjectId: r.subject_id,
  subjectName: r.subject_name,
  otherId: r.other_id,
  otherName: r.other_name,
  kind: r.kind,
  value: r.value,
  orderExternalId: r.order_external_id,
  fileName: r.file_name,
  line: r.line,
  status: r.status,
  createdAt: r.created_at,
});

/** One page of the review queue (oldest first) with the number of pairs the filters leave. */
export const listPossibleMatches = async (
  q: Queryable,
  filter: { organisationId: number; status: PossibleMatch['status']; kind?: 'phone' | 'email' | undefined },
  offset: number,
  limit: number,
) => {
  const where = `m.organisation_id = :organisationId AND m.status = :status AND (:kind IS NULL OR m.kind = :kind)`;
  const params = { organisationId: filter.organisationId, status: filter.status, kind: filter.kind ?? null };
  return {
    items: (
      await q.all<MatchRow>(`${MATCH_SELECT} WHERE ${where} ORDER BY m.id LIMIT :limit OFFSET :offset`, {
        ...params,
        offset,
        limit,
      })
    ).map(toMatch),
    total:
      (await q.get<{ n: number }>(`SELECT COUNT(*) AS n FROM possible_matches m WHERE ${where}`, params))
        ?.n ?? 0,
  };
};

export const findPossibleMatch = async (q: Queryable, id: number) => {
  const row = await q.get<MatchRow & { organisation_id: number }>(
    `${MATCH_SELECT.replace('SELECT m.id,', 'SELECT m.organisation_id, m.id,')} WHERE m.id = :id`,
    { id },
  );
  return row ? { ...toMatch(row), organisationId: row.organisation_id } : null;
};

export const possibleMatchesOf = async (q: Queryable, subjectId: number) =>
  (
    await q.all<MatchRow>(
      `${MATCH_SELECT} WHERE (m.subject_id = :subjectId OR m.other_id = :subjectId) ORDER BY m.status = 'open' DESC, m.id`,
      { subjectId },
    )
  ).map(toMatch);

export const setMatchStatus = (q: Queryable, id: number, status: PossibleMatch['status'], now: string) =>
  q.run(
    `UPDATE possible_matches SET status = :status, resolved_at = CASE WHEN :status = 'open' THEN NULL ELSE :now END WHERE id = :id`,
    { id, status, now },
  );

/** Open possible matches between two subjects become `merged` (or open again on undo). */
export const resolveMatchesBetween = (
  q: Queryable,
  a: number,
  b: number,
  status: 'merged' | 'open',
  now: string,
) =>
  q.run(
    `UPDATE possible_matches SET status = :status, resolved_at = CASE WHEN :status = 'open' THEN NULL ELSE :now END
     WHERE ((subject_id = :a AND other_id = :b) OR (subject_id = :b AND other_id = :a))
       AND status = CASE WHEN :status = 'open' THEN 'merged' ELSE 'open' END`,
    { a, b, status, now },
  );

interface ChangeRow {
  id: number;
  kind: 'merge' | 'split';
  from_subject_id: number;
  from_name: string;
  to_subject_id: number;
  to_name: string;
  moved: string;
  reason: string;
  created_at: string;
  actor_person: string;
  undone_at: string | null;
}

export interface MovedRecords {
  buyerOrders: number[];
  consigneeOrders: number[];
  keys: { kind: 'phone' | 'email'; value: string; orderId: number | null; importId: number | null }[];
  items: number[];
  blocks: number[];
  createdTarget: boolean;
  /** Keys the target did not hold before (removed from it again on undo). */
  addedKeys: { kind: 'phone' | 'email'; value: string; orderId: number | null; importId: number | null }[];
}

const CHANGE_SELECT = `SELECT c.*, f.full_name AS from_name, t.full_name AS to_name FROM subject_changes c
  JOIN subjects f ON f.id = c.from_subject_id JOIN subjects t ON t.id = c.to_subject_id`;

export const changesOf = async (q: Queryable, subjectId: number): Promise<SubjectChange[]> =>
  (
    await q.all<ChangeRow>(
      `${CHANGE_SELECT} WHERE c.from_subject_id = :subjectId OR c.to_subject_id = :subjectId ORDER BY c.id DESC`,
      { subjectId },
    )
  ).map((r) => {
    const moved = JSON.parse(r.moved) as MovedRecords;
    return {
      id: r.id,
      kind: r.kind,
      fromSubjectId: r.from_subject_id,
      fromName: r.from_name,
      toSubjectId: r.to_subject_id,
      toName: r.to_name,
      orders: moved.buyerOrders.length + moved.consigneeOrders.length,
      keys: moved.keys.length,
      reason: r.reason,
      createdAt: r.created_at,
      actorPerson: r.actor_person,
      undoneAt: r.undone_at,
    };
  });

export const findChange = async (q: Queryable, id: number) => {
  const row = await q.get<ChangeRow & { organisation_id: number }>(`${CHANGE_SELECT} WHERE c.id = :id`, {
    id,
  });
  return row ? { ...row, moved: JSON.parse(row.moved) as MovedRecords } : null;
};
