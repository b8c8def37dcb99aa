import type { Kysely } from 'kysely';
import type { PoolClient } from 'pg';
import type { Connection, Queryable } from '../connection';
import type { Schema } from './schema';

export type Engine = 'sqlite' | 'postgres';

/** The query builder without its write and transaction entry points: what a read may use. */
export type ReadQueries = Omit<
  Kysely<Schema>,
  | 'insertInto'
  | 'replaceInto'
  | 'updateTable'
  | 'deleteFrom'
  | 'mergeInto'
  | 'transaction'
  | 'startTransaction'
  | 'connection'
  | 'schema'
>;

/**
 * A handle repositories read through, on either engine. `k` builds typed SQL for the engine's
 * dialect; `legacy` runs the not-yet-converted repositories' raw SQL on the same connection (on
 * PostgreSQL only portable statements work: see legacyBridge.ts). Outside a transaction both are
 * read-only at run time too (SQLite: the query_only reader; PostgreSQL: read-only sessions).
 */
export interface Db {
  readonly engine: Engine;
  readonly k: ReadQueries;
  readonly legacy: Queryable;
}

declare const writable: unique symbol;

interface TxBase {
  /** Only DataStore.transaction creates one: a write that takes a Tx cannot run outside a transaction. */
  readonly [writable]: true;
  readonly k: Kysely<Schema>;
  readonly legacy: Queryable;
}

/** An open read-write transaction. The engine's own connection is there for bulk paths (COPY). */
export type Tx =
  | (TxBase & { readonly engine: 'sqlite'; readonly native: Connection })
  | (TxBase & { readonly engine: 'postgres'; readonly native: PoolClient });

export interface DataStore {
  readonly engine: Engine;
  /** Reads outside a transaction; they see committed data only. */
  readonly read: Db;
  /**
   * Runs `work` in one read-write transaction; commits when it resolves, rolls back when it throws.
   * SQLite: queued behind every other write (BEGIN IMMEDIATE). PostgreSQL: READ COMMITTED on one
   * pooled connection; the server's row locks and triggers serialise numbering and the audit chain.
   */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

type TxFields<T> = T extends unknown ? Omit<T, typeof writable> : never;

/** For the stores only (sqliteStore, postgresStore): marks their transaction handle as writable. */
export const transactionHandle = (fields: TxFields<Tx>): Tx => fields as unknown as Tx;
