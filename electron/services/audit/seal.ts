import { readFile, stat, writeFile } from 'node:fs/promises';
import {
  AuditSeal,
  SEAL_FORMAT,
  type AuditHead,
  type SealQuery,
} from '../../../shared/domain/auditIntegrity';
import type { SavedFile } from '../../../shared/domain/app';
import { DomainError } from '../../../shared/ipc/result';
import { actorOf, nowIso, type AppContext } from '../../context';
import type { Queryable } from '../../db/connection';
import { appendAudit } from '../auditTrail';
import { readAuditHead } from './auditHead';

const SEAL_FILTERS = [{ name: 'Печать журнала (JSON)', extensions: ['json'] }];
const MAX_SEAL_BYTES = 64 * 1024;

/** The seal of the chain up to the seal entry `lastId` (who sealed comes from that entry). */
export const sealAt = async (q: Queryable, lastId: number): Promise<AuditSeal> => {
  const entry = await q.get<{
    id: number;
    hash: string;
    at: string;
    action: string;
    after_json: string | null;
    actor_os: string;
  }>('SELECT id, hash, at, action, after_json, actor_os FROM audit_log WHERE id = :lastId', { lastId });
  if (!entry || entry.action !== 'seal') throw new DomainError('NOT_FOUND', 'errors.notFound');
  const count =
    (await q.get<{ n: number }>('SELECT count(*) AS n FROM audit_log WHERE id <= :lastId', { lastId }))?.n ??
    0;
  const after = entry.after_json ? (JSON.parse(entry.after_json) as { sealedBy?: unknown }) : {};
  return {
    format: SEAL_FORMAT,
    count,
    lastId: entry.id,
    hash: entry.hash,
    at: entry.at,
    sealedAt: entry.at,
    sealedBy: typeof after.sealedBy === 'string' ? after.sealedBy : '',
    osUser: entry.actor_os,
  };
};

/**
 * Issues a seal: a `seal` entry is appended (who and when), and the seal is the chain up to and
 * including that entry — its count and hash, which the officer prints, signs and files away.
 */
export const issueSeal = async (ctx: AppContext): Promise<AuditSeal> => {
  const actor = actorOf(ctx);
  const lastId = await ctx.db.transaction(async (tx) => {
    await appendAudit(
      tx,
      { entity: 'auditTrail', entityId: 0, action: 'seal', before: null, after: { sealedBy: actor.person } },
      actor,
      nowIso(ctx),
    );
    return (await readAuditHead(tx))?.lastId ?? 0;
  });
  return sealAt(ctx.db, lastId);
};

/** Saves a seal as a JSON file (the machine-readable twin of the printed seal). */
export const saveSeal = async (ctx: AppContext, lastId: number): Promise<SavedFile> => {
  const seal = await sealAt(ctx.db, lastId);
  const path = await ctx.dialogs.saveFile({
    title: 'Сохранить печать журнала',
    defaultName: `Печать журнала ${seal.sealedAt.slice(0, 10)} № ${seal.lastId}.json`,
    filters: SEAL_FILTERS,
  });
  if (path === null) return null;
  await writeFile(path, `${JSON.stringify(seal, null, 2)}\n`, { mode: 0o644 });
  return { path };
};

/** The reference point of a seal chosen as a file or typed from paper; null when the dialog was cancelled. */
export const sealReference = async (ctx: AppContext, query: SealQuery): Promise<AuditHead | null> => {
  if (query.source === 'typed') {
    // A typed seal names no entry id: the count of entries is where it ends.
    const entry = await ctx.db.get<{ id: number; at: string }>(
      'SELECT id, at FROM audit_log ORDER BY id LIMIT 1 OFFSET :offset',
      { offset: Math.max(0, query.count - 1) },
    );
    return { count: query.count, lastId: entry?.id ?? query.count, hash: query.hash, at: entry?.at ?? '' };
  }
  const path = await ctx.dialogs.openFile({ title: 'Печать журнала', filters: SEAL_FILTERS });
  if (path === null) return null;
  if ((await stat(path)).size > MAX_SEAL_BYTES) throw new DomainError('VALIDATION', 'errors.audit.sealFile');
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    throw new DomainError('VALIDATION', 'errors.audit.sealFile');
  }
  const seal = AuditSeal.safeParse(parsed);
  if (!seal.success) throw new DomainError('VALIDATION', 'errors.audit.sealFile');
  return seal.data;
};
