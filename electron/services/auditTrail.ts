import { createHash } from 'node:crypto';
import type { AuditEntity, AuditEntry, AuditVerification } from '../../shared/domain/audit';
import { wellFormed } from '../../shared/domain/common';
import type { Queryable } from '../db/connection';
import {
  auditRowsAfter,
  insertAuditRow,
  lastAuditHash,
  type AuditRow,
} from '../db/repositories/auditRepository';

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every level, so the same content always hashes the same. */
export const canonicalJson = (value: unknown): string => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
};

interface HashedContent {
  at: string;
  entity: string;
  entityId: number;
  action: string;
  actorOs: string;
  actorPerson: string;
  beforeJson: string | null;
  afterJson: string | null;
}

export const entryHash = (prevHash: string, content: HashedContent): string =>
  createHash('sha256').update(prevHash).update(canonicalJson(content)).digest('hex');

export interface Actor {
  os: string;
  person: string;
}

export interface AuditEvent {
  entity: AuditEntity;
  entityId: number;
  action: AuditEntry['action'];
  before: object | null;
  after: object | null;
}

/** Appends one entry to the chain; call inside the transaction that made the change. */
export const appendAudit = async (
  tx: Queryable,
  event: AuditEvent,
  actor: Actor,
  at: string,
): Promise<void> => {
  const prevHash = (await lastAuditHash(tx)) ?? GENESIS_HASH;
  // Hash exactly what SQLite will store: a lone surrogate that slipped past validation (an OS user
  // name, an old setting) would otherwise be stored as U+FFFD and break every later verification.
  // The JSON snapshots are safe already: JSON.stringify escapes lone surrogates as \uXXXX.
  const content: HashedContent = {
    at: wellFormed(at),
    entity: event.entity,
    entityId: event.entityId,
    action: event.action,
    actorOs: wellFormed(actor.os),
    actorPerson: wellFormed(actor.person),
    beforeJson: event.before ? canonicalJson(event.before) : null,
    afterJson: event.after ? canonicalJson(event.after) : null,
  };
  await insertAuditRow(tx, { ...content, prevHash, hash: entryHash(prevHash, content) });
};

const contentOf = (row: AuditRow): HashedContent => ({
  at: row.at,
  entity: row.entity,
  entityId: row.entity_id,
  action: row.action,
  actorOs: row.actor_os,
  actorPerson: row.actor_person,
  beforeJson: row.before_json,
  afterJson: row.after_json,
});

/** Walks the chain from the start and reports the first entry whose link or content is wrong. */
export const verifyAuditChain = async (q: Queryable): Promise<AuditVerification> => {
  let expectedPrev = GENESIS_HASH;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const rows = await auditRowsAfter(q, lastId, 1000);
    if (rows.length === 0) return { ok: true, checked, firstBrokenId: null };
    for (const row of rows) {
      if (row.prev_hash !== expectedPrev || entryHash(row.prev_hash, contentOf(row)) !== row.hash) {
        return { ok: false, checked, firstBrokenId: row.id };
      }
      expectedPrev = row.hash;
      lastId = row.id;
      checked += 1;
    }
  }
};
