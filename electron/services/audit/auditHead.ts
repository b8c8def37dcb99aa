import { sql } from 'kysely';
import type { AuditVerification } from '../../../shared/domain/audit';
import type { AuditHead, ReferenceCheck } from '../../../shared/domain/auditIntegrity';
import type { Queryable } from '../../db/connection';
import { dbOf } from '../../db/store/interop';
import type { Db } from '../../db/store/types';
import { verifyAuditChain } from '../auditTrail';

/**
 * Facts about the whole chain, on either engine. SQLite: read from audit_log. PostgreSQL: row-level
 * security hides other organisations' entries, so the server answers (cd_audit_chain_*, 0003) with
 * ids, counts, hashes and times only. Unconverted callers (backups, the anchor) pass a Queryable.
 */
type Reader = Db | Queryable;

const countUpTo = async (db: Db, id: number | null): Promise<number> => {
  let query = db.k.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n'));
  if (id !== null) query = query.where('id', '<=', id);
  return Number((await query.executeTakeFirst())?.n ?? 0);
};

const lastEntry = (db: Db) =>
  db.k.selectFrom('audit_log').select(['id', 'hash', 'at']).orderBy('id', 'desc').limit(1).executeTakeFirst();

/** The last entry of the chain and the number of entries, or null for an empty trail. */
export const readAuditHead = async (q: Reader): Promise<AuditHead | null> => {
  const db = dbOf(q);
  if (db.engine === 'postgres') {
    const { rows } = await sql<{
      count: number;
      last_id: number;
      hash: string;
      at: string;
    }>`SELECT * FROM cd_audit_chain_head()`.execute(db.k);
    const head = rows[0];
    return head ? { count: head.count, lastId: head.last_id, hash: head.hash, at: head.at } : null;
  }
  const last = await lastEntry(db);
  if (!last) return null;
  return { count: await countUpTo(db, null), lastId: last.id, hash: last.hash, at: last.at };
};

/** How many entries there are up to `id`, and entry `id`'s hash (null when it is gone). */
export const auditPointAt = async (
  q: Reader,
  id: number,
): Promise<{ count: number; hash: string | null }> => {
  const db = dbOf(q);
  if (db.engine === 'postgres') {
    const { rows } = await sql<{
      count: number;
      hash: string | null;
    }>`SELECT count, hash FROM cd_audit_chain_point(${id})`.execute(db.k);
    return { count: rows[0]?.count ?? 0, hash: rows[0]?.hash ?? null };
  }
  const entry = await db.k.selectFrom('audit_log').select('hash').where('id', '=', id).executeTakeFirst();
  return { count: await countUpTo(db, id), hash: entry?.hash ?? null };
};

/** The id and time of the n-th entry (a seal typed from paper names only the count). */
export const auditEntryAtPosition = async (q: Reader, position: number) => {
  const db = dbOf(q);
  if (db.engine === 'postgres')
    return (
      await sql<{ id: number; at: string }>`SELECT * FROM cd_audit_chain_entry(${position})`.execute(db.k)
    ).rows[0];
  return db.k
    .selectFrom('audit_log')
    .select(['id', 'at'])
    .orderBy('id')
    .limit(1)
    .offset(Math.max(0, position - 1))
    .executeTakeFirst();
};

/** The head when entries follow a known point of the chain: counts only the entries after it. */
export const readAuditHeadAfter = async (q: Reader, known: AuditHead | null): Promise<AuditHead | null> => {
  const db = dbOf(q);
  if (known === null || db.engine === 'postgres') return readAuditHead(db);
  const last = await lastEntry(db);
  if (!last || last.id < known.lastId) return readAuditHead(db);
  if (last.id === known.lastId) return { ...known, hash: last.hash, at: last.at };
  const added = await db.k
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('id', '>', known.lastId)
    .executeTakeFirst();
  return { count: known.count + Number(added?.n ?? 0), lastId: last.id, hash: last.hash, at: last.at };
};

/**
 * Every link of the chain. SQLite: the app walks it. PostgreSQL: the server walks the whole chain
 * (cd_audit_verify), whatever the user may read; when the user can read every entry, the app walks it
 * too with its own verifier, and the two must agree (a server whose check was replaced is found).
 */
export const verifyChain = async (q: Reader): Promise<AuditVerification> => {
  const db = dbOf(q);
  if (db.engine === 'sqlite') return verifyAuditChain(db);
  const { rows } = await sql<{
    ok: boolean;
    checked: number;
    first_broken_id: number | null;
  }>`SELECT * FROM cd_audit_verify()`.execute(db.k);
  const server = rows[0] ?? { ok: false, checked: 0, first_broken_id: null };
  const verdict = { ok: server.ok, checked: server.checked, firstBrokenId: server.first_broken_id };
  const head = await readAuditHead(db);
  if (head === null || (await countUpTo(db, null)) !== head.count) return verdict;
  const walked = await verifyAuditChain(db);
  const agree = walked.ok === verdict.ok && walked.firstBrokenId === verdict.firstBrokenId;
  return agree ? verdict : { ...walked, ok: false };
};

/**
 * The chain compared with a reference point (an anchor or a seal). `firstBrokenId` is where the
 * walk of the chain found a wrong link (null when the chain is intact).
 */
export const checkReference = async (
  q: Reader,
  reference: AuditHead | null,
  head: AuditHead | null,
  firstBrokenId: number | null,
): Promise<ReferenceCheck> => {
  if (reference === null) return { state: 'none', reference: null, foundCount: head?.count ?? 0 };
  const { count: foundCount, hash } = await auditPointAt(q, reference.lastId);
  const result = (state: ReferenceCheck['state']): ReferenceCheck => ({ state, reference, foundCount });
  if (foundCount < reference.count) return result('truncated');
  if (hash === null || hash !== reference.hash || foundCount !== reference.count) return result('rewritten');
  if (firstBrokenId !== null && firstBrokenId <= reference.lastId) return result('broken');
  return result(head !== null && head.count > reference.count ? 'extended' : 'match');
};
