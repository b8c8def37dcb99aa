import type { AuditEntity, AuditEntry } from '../../../shared/domain/audit';
import { changedKeys } from '../../../shared/domain/audit';
import type { Queryable } from '../connection';

interface AuditRow {
  id: number;
  at: string;
  entity: string;
  entity_id: number;
  action: string;
  actor_os: string;
  actor_person: string;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string;
  hash: string;
}

export interface NewAuditRow {
  at: string;
  entity: string;
  entityId: number;
  action: string;
  actorOs: string;
  actorPerson: string;
  beforeJson: string | null;
  afterJson: string | null;
  prevHash: string;
  hash: string;
}

export const lastAuditHash = async (q: Queryable): Promise<string | null> =>
  (await q.get<{ hash: string }>('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1'))?.hash ?? null;

export const insertAuditRow = async (q: Queryable, row: NewAuditRow): Promise<number> =>
  (
    await q.run(
      `INSERT INTO audit_log (at, entity, entity_id, action, actor_os, actor_person, before_json, after_json, prev_hash, hash)
       VALUES (:at, :entity, :entityId, :action, :actorOs, :actorPerson, :beforeJson, :afterJson, :prevHash, :hash)`,
      { ...row },
    )
  ).lastID;

const toEntry = (row: AuditRow): AuditEntry => {
  const before = row.before_json ? (JSON.parse(row.before_json) as Record<string, unknown>) : null;
  const after = row.after_json ? (JSON.parse(row.after_json) as Record<string, unknown>) : null;
  return {
    id: row.id,
    at: row.at,
    entity: row.entity as AuditEntity,
    entityId: row.entity_id,
    action: row.action as AuditEntry['action'],
    actorOs: row.actor_os,
    actorPerson: row.actor_person,
    before,
    after,
    changed: changedKeys(before, after),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
};

export const auditHistory = async (
  q: Queryable,
  entity: AuditEntity,
  entityId: number,
): Promise<AuditEntry[]> =>
  (
    await q.all<AuditRow>(
      'SELECT * FROM audit_log WHERE entity = :entity AND entity_id = :entityId ORDER BY id DESC',
      { entity, entityId },
    )
  ).map(toEntry);

/** Raw rows in chain order, for verification; read in pages to bound memory. */
export const auditRowsAfter = (q: Queryable, afterId: number, limit: number): Promise<AuditRow[]> =>
  q.all<AuditRow>('SELECT * FROM audit_log WHERE id > :afterId ORDER BY id LIMIT :limit', { afterId, limit });

export type { AuditRow };
