import { sql } from 'kysely';
import { DomainError } from '../../../shared/ipc/result';
import type { AuditEntity } from '../../../shared/domain/audit';
import { actorOf, nowIso, type AppContext } from '../../context';
import { appendAudit, canonicalJson, type AuditEvent } from '../../services/auditTrail';
import { localChanges, type ChangeNotice } from './changeFeed';
import { storeOf } from './interop';
import type { Tx } from './types';

export interface AuditedEvent extends AuditEvent {
  /** Whose register the entry belongs to (who may read it in team mode); null for app-wide entries. */
  organisationId: number | null;
}

export interface Change {
  readonly tx: Tx;
  /** The change's time: the app's clock on SQLite; the server's transaction time on PostgreSQL. */
  readonly now: string;
  /** Records one audit entry in this transaction. */
  audit(event: AuditedEvent): Promise<void>;
  /** Nothing needed changing: the transaction is rolled back and `work`'s result returned. */
  nothingChanged(): void;
}

/** A change that wrote no audit entry: a programming error, refused before anything is committed. */
export class UnauditedChangeError extends Error {
  constructor() {
    super('An audited change ended without an audit entry; nothing was saved');
    this.name = 'UnauditedChangeError';
  }
}

class NothingChanged<T> {
  constructor(readonly value: T) {}
}

/**
 * SQLite: the app seals the entry (appendAudit: time, OS user, responsible person, hash chain).
 * PostgreSQL: the client sends only the content; the server's cd_audit_seal trigger adds the time,
 * the authenticated login and the chain, whatever the client claims.
 */
const writeEntry = async (ctx: AppContext, tx: Tx, event: AuditedEvent, now: string): Promise<void> => {
  if (tx.engine === 'sqlite') await appendAudit(tx, event, actorOf(ctx), now);
  else await entryForServerSeal(tx, event);
};

/**
 * PostgreSQL: the entry's content, sealed by the server. For the few writes the server requires an
 * entry for that SQLite keeps unaudited (the shipped working calendars); everything else goes
 * through auditedChange.
 */
export const entryForServerSeal = async (tx: Tx, event: AuditedEvent): Promise<void> => {
  await tx.k
    .insertInto('audit_log')
    .values({
      entity: event.entity,
      entity_id: event.entityId,
      action: event.action,
      before_json: event.before ? canonicalJson(event.before) : null,
      after_json: event.after ? canonicalJson(event.after) : null,
      organisation_id: event.organisationId,
    })
    .execute();
};

const serverNow = async (tx: Tx): Promise<string> => {
  const row = await tx.k
    .selectNoFrom((eb) => eb.fn<string>('cd_iso', [eb.fn('now')]).as('now'))
    .executeTakeFirstOrThrow();
  return row.now;
};

/**
 * The one audited change: opens the transaction, gives it its time, records the audit entries,
 * commits, then tells other views what changed. A change that writes no entry is refused.
 * Repository writes take the `tx` it hands out, so they cannot run outside such a change.
 */
export const auditedChange = async <T>(ctx: AppContext, work: (change: Change) => Promise<T>): Promise<T> => {
  const store = storeOf(ctx);
  const notices: ChangeNotice[] = [];
  let result: T;
  try {
    result = await store.transaction(async (tx) => {
      const now = tx.engine === 'postgres' ? await serverNow(tx) : nowIso(ctx);
      let skipped = false;
      const change: Change = {
        tx,
        now,
        audit: async (event) => {
          await writeEntry(ctx, tx, event, now);
          notices.push({ entity: event.entity, organisationId: event.organisationId });
        },
        nothingChanged: () => {
          skipped = true;
        },
      };
      const value = await work(change);
      if (skipped) throw new NothingChanged(value);
      if (notices.length === 0) throw new UnauditedChangeError();
      return value;
    });
  } catch (error) {
    if (error instanceof NothingChanged) return error.value as T;
    throw error;
  }
  // PostgreSQL notifies every client itself (cd_notify_changes); SQLite has only this process.
  if (store.engine === 'sqlite') notices.forEach((notice) => localChanges.emit(notice));
  return result;
};

/** Refused second save: the message interpolates who saved in between and when. */
export class StaleRecordError extends DomainError {
  constructor(changedBy: string, changedAt: string) {
    super('CONFLICT', 'errors.staleRecord', undefined, { changedBy, changedAt });
    this.name = 'StaleRecordError';
  }
}

export interface AuditTarget {
  entity: AuditEntity;
  entityId: number;
}

/**
 * Holds the record for the rest of the transaction so that a concurrent save waits, then reads
 * the version it saw. SQLite needs nothing: its one writer is already exclusive (BEGIN IMMEDIATE).
 * PostgreSQL: a transaction-scoped advisory lock, which also covers a record not saved yet.
 */
export const lockForChange = async (tx: Tx, target: AuditTarget): Promise<void> => {
  if (tx.engine === 'postgres')
    await sql`SELECT pg_advisory_xact_lock(hashtext(${target.entity}), ${target.entityId}::integer)`.execute(
      tx.k,
    );
};

/**
 * Optimistic concurrency: `expected` is the version (updated_at) the user's form was loaded with,
 * `current` the record's version read in this transaction after lockForChange. Different → StaleRecordError naming the last audited change. `undefined` means
 * the caller did not say which version it edited, and nothing is checked.
 */
export const refuseIfStale = async (
  tx: Tx,
  target: AuditTarget,
  expected: string | null | undefined,
  current: string | null,
): Promise<void> => {
  if (expected === undefined || expected === current) return;
  const last = await tx.k
    .selectFrom('audit_log')
    .select(['actor_os', 'actor_person', 'at'])
    .where('entity', '=', target.entity)
    .where('entity_id', '=', target.entityId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  throw new StaleRecordError(last?.actor_person || last?.actor_os || '', last?.at ?? current ?? '');
};
