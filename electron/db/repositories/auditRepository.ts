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

export interface AuditListFilter {
  entity: string | null;
  entityId: number | null;
  action: string | null;
  person: string;
  search: string;
  from: string;
  to: string;
}

/** LIKE pattern for a fragment, with the LIKE wildcards escaped. */
const contains = (fragment: string): string => `%${fragment.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const whereOf = (f: AuditListFilter): { sql: string; params: Record<string, unknown> } => {
  const clauses: string[] = [];
  if (f.entity !== null) clauses.push('entity = :entity');
  if (f.entityId !== null) clauses.push('entity_id = :entityId');
  if (f.action !== null) clauses.push('action = :action');
  if (f.person !== '')
    clauses.push("(actor_person LIKE :person ESCAPE '\\' OR actor_os LIKE :person ESCAPE '\\')");
  if (f.search !== '')
    clauses.push("(before_json LIKE :search ESCAPE '\\' OR after_json LIKE :search ESCAPE '\\')");
  if (f.from !== '') clauses.push('at >= :from');
  if (f.to !== '') clauses.push('at < :to');
  return {
    sql: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '',
    params: { ...f, person: contains(f.person), search: contains(f.search) },
  };
};

/** A page of the trail, newest first, with the total for the pager. */
export const listAudit = async (
  q: Queryable,
  filter: AuditListFilter,
  offset: number,
  limit: number,
): Promise<{ entries: AuditEntry[]; total: number }> => {
  const { sql, params } = whereOf(filter);
  const total = (await q.get<{ n: number }>(`SELECT count(*) AS n FROM audit_log ${sql}`, params))?.n ?? 0;
  const rows = await q.all<AuditRow>(
    `SELECT * FROM audit_log ${sql} ORDER BY id DESC LIMIT :limit OFFSET :offset`,
    { ...params, limit, offset },
  );
  return { entries: rows.map(toEntry), total };
};
