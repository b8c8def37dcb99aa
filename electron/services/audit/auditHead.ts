import type { AuditHead, ReferenceCheck } from '../../../shared/domain/auditIntegrity';
import type { Queryable } from '../../db/connection';

/** The last entry of the chain and the number of entries, or null for an empty trail. */
export const readAuditHead = async (q: Queryable): Promise<AuditHead | null> => {
  const last = await q.get<{ id: number; hash: string; at: string }>(
    'SELECT id, hash, at FROM audit_log ORDER BY id DESC LIMIT 1',
  );
  if (!last) return null;
  const count = (await q.get<{ n: number }>('SELECT count(*) AS n FROM audit_log'))?.n ?? 0;
  return { count, lastId: last.id, hash: last.hash, at: last.at };
};

/** The head when entries follow a known point of the chain: counts only the entries after it. */
export const readAuditHeadAfter = async (
  q: Queryable,
  known: AuditHead | null,
): Promise<AuditHead | null> => {
  if (known === null) return readAuditHead(q);
  const last = await q.get<{ id: number; hash: string; at: string }>(
    'SELECT id, hash, at FROM audit_log ORDER BY id DESC LIMIT 1',
  );
  if (!last || last.id < known.lastId) return readAuditHead(q);
  if (last.id === known.lastId) return { ...known, hash: last.hash, at: last.at };
  const added =
    (await q.get<{ n: number }>('SELECT count(*) AS n FROM audit_log WHERE id > :id', { id: known.lastId }))
      ?.n ?? 0;
  return { count: known.count + added, lastId: last.id, hash: last.hash, at: last.at };
};

/**
 * The chain compared with a reference point (an anchor or a seal). `firstBrokenId` is where the
 * walk of the chain found a wrong link (null when the chain is intact).
 */
export const checkReference = async (
  q: Queryable,
  reference: AuditHead | null,
  head: AuditHead | null,
  firstBrokenId: number | null,
): Promise<ReferenceCheck> => {
  if (reference === null) return { state: 'none', reference: null, foundCount: head?.count ?? 0 };
  const foundCount =
    (
      await q.get<{ n: number }>('SELECT count(*) AS n FROM audit_log WHERE id <= :id', {
        id: reference.lastId,
      })
    )?.n ?? 0;
  const atReference = await q.get<{ hash: string }>('SELECT hash FROM audit_log WHERE id = :id', {
    id: reference.lastId,
  });
  const result = (state: ReferenceCheck['state']): ReferenceCheck => ({ state, reference, foundCount });
  if (foundCount < reference.count) return result('truncated');
  if (!atReference || atReference.hash !== reference.hash || foundCount !== reference.count)
    return result('rewritten');
  if (firstBrokenId !== null && firstBrokenId <= reference.lastId) return result('broken');
  return result(head !== null && head.count > reference.count ? 'extended' : 'match');
};
