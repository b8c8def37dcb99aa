import { sql, type Expression, type ExpressionBuilder, type Selectable, type SqlBool } from 'kysely';
import type { AuditEntity, AuditEntry } from '../../../shared/domain/audit';
import { changedKeys } from '../../../shared/domain/audit';
import type { Queryable } from '../connection';
import { dbOf } from '../store/interop';
import type { AuditLogTable, Schema } from '../store/schema';
import { containsPattern } from './likePattern';
import type { Db, Tx } from '../store/types';

/** An entry as read and verified: the hashed content and its links (the organisation is not hashed). */
type AuditRow = Omit<Selectable<AuditLogTable>, 'organisation_id'>;

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
  /** Whose register the entry belongs to; undefined: looked up from the record the entry describes. */
  organisationId?: number | null;
}

/**
 * The organisation of an entry written by a caller that did not say (services not converted yet):
 * the organisation of the record it describes; NULL for app-wide entries. SQLite only (the app
 * seals entries there); the same mapping filled the existing entries in migration 14.
 */
const organisationOfRecord = (entity: string, entityId: number): Expression<number | null> => sql<
  number | null
>`CASE ${entity}
  WHEN 'organisation' THEN ${entityId}
  WHEN 'correspondenceSettings' THEN ${entityId}
  WHEN 'recipientAlias' THEN ${entityId}
  WHEN 'recipient' THEN (SELECT organisation_id FROM recipients WHERE id = ${entityId})
  WHEN 'import' THEN (SELECT organisation_id FROM imports WHERE id = ${entityId})
  WHEN 'subject' THEN (SELECT organisation_id FROM subjects WHERE id = ${entityId})
  WHEN 'possibleMatch' THEN (SELECT organisation_id FROM possible_matches WHERE id = ${entityId})
  WHEN 'correspondenceItem' THEN (SELECT organisation_id FROM correspondence_items WHERE id = ${entityId})
  WHEN 'correspondenceAnswer' THEN (SELECT organisation_id FROM correspondence_answers WHERE id = ${entityId})
  WHEN 'subjectBlock' THEN (SELECT organisation_id FROM subject_blocks WHERE id = ${entityId})
  WHEN 'breachIncident' THEN (SELECT organisation_id FROM breach_incidents WHERE id = ${entityId})
  WHEN 'breachNotification' THEN (SELECT i.organisation_id FROM breach_notifications n
    JOIN breach_incidents i ON i.id = n.incident_id WHERE n.id = ${entityId})
END`;

/** The newest entry's hash (SQLite's app-side seal links to it). */
export const lastAuditHash = async (tx: Tx): Promise<string | null> =>
  (await tx.k.selectFrom('audit_log').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst())
    ?.hash ?? null;

/** SQLite only: the app has sealed the entry (appendAudit); on PostgreSQL the server does. */
export const insertAuditRow = async (tx: Tx, row: NewAuditRow): Promise<void> => {
  await tx.k
    .insertInto('audit_log')
    .values({
      at: row.at,
      entity: row.entity,
      entity_id: row.entityId,
      action: row.action,
      actor_os: row.actorOs,
      actor_person: row.actorPerson,
      before_json: row.beforeJson,
      after_json: row.afterJson,
      prev_hash: row.prevHash,
      hash: row.hash,
      organisation_id:
        row.organisationId === undefined
          ? organisationOfRecord(row.entity, row.entityId)
          : row.organisationId,
    })
    .execute();
};

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

/**
 * The columns an entry is shown and verified with. Not the organisation (not hashed; and absent from
 * backups made before migration 14, which are verified with the same code).
 */
const ENTRY_COLUMNS = [
  'id',
  'at',
  'entity',
  'entity_id',
  'action',
  'actor_os',
  'actor_person',
  'before_json',
  'after_json',
  'prev_hash',
  'hash',
] as const;

/** A record's history, newest first (in team mode: only what the user may read). */
export const auditHistory = async (
  q: Db | Queryable,
  entity: AuditEntity,
  entityId: number,
): Promise<AuditEntry[]> =>
  (
    await dbOf(q)
      .k.selectFrom('audit_log')
      .select(ENTRY_COLUMNS)
      .where('entity', '=', entity)
      .where('entity_id', '=', entityId)
      .orderBy('id', 'desc')
      .execute()
  ).map(toEntry);

/** Raw rows in chain order, for verification; read in pages to bound memory. */
export const auditRowsAfter = (db: Db, afterId: number, limit: number): Promise<AuditRow[]> =>
  db.k
    .selectFrom('audit_log')
    .select(ENTRY_COLUMNS)
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();

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

/**
 * A fragment anywhere in a column, case-insensitively as far as each engine can: SQLite's LIKE folds
 * ASCII letters only; PostgreSQL's ILIKE folds every letter (Cyrillic too).
 */
const containsIn = (db: Db, column: keyof AuditLogTable, fragment: string) => {
  const operator = db.engine === 'postgres' ? sql.raw('ILIKE') : sql.raw('LIKE');
  return sql<SqlBool>`${sql.ref(column)} ${operator} ${containsPattern(fragment)} ESCAPE '\\'`;
};

const filtered = (db: Db, f: AuditListFilter) => (eb: ExpressionBuilder<Schema, 'audit_log'>) => {
  const clauses = [];
  if (f.entity !== null) clauses.push(eb('entity', '=', f.entity));
  if (f.entityId !== null) clauses.push(eb('entity_id', '=', f.entityId));
  if (f.action !== null) clauses.push(eb('action', '=', f.action));
  if (f.person !== '')
    clauses.push(eb.or([containsIn(db, 'actor_person', f.person), containsIn(db, 'actor_os', f.person)]));
  if (f.search !== '')
    clauses.push(eb.or([containsIn(db, 'before_json', f.search), containsIn(db, 'after_json', f.search)]));
  if (f.from !== '') clauses.push(eb('at', '>=', f.from));
  if (f.to !== '') clauses.push(eb('at', '<', f.to));
  return eb.and(clauses);
};

/** A page of the trail, newest first, with the total for the pager (team mode: what the user may read). */
export const listAudit = async (
  q: Db | Queryable,
  filter: AuditListFilter,
  offset: number,
  limit: number,
): Promise<{ entries: AuditEntry[]; total: number }> => {
  const db = dbOf(q);
  const where = filtered(db, filter);
  const total = await db.k
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(where)
    .executeTakeFirst();
  const rows = await db.k
    .selectFrom('audit_log')
    .select(ENTRY_COLUMNS)
    .where(where)
    .orderBy('id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return { entries: rows.map(toEntry), total: Number(total?.n ?? 0) };
};
