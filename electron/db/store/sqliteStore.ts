import {
  DeleteQueryNode,
  InsertQueryNode,
  RawNode,
  SelectQueryNode,
  UpdateQueryNode,
  type CompiledQuery,
  type DatabaseConnection,
  type QueryResult,
} from 'kysely';
import { Connection, type Queryable } from '../connection';
import type { Database } from '../database';
import { boundKysely } from './boundDriver';
import { registerHandle } from './handles';
import { transactionHandle, type DataStore, type Db, type Tx } from './types';

const ROWS_FROM_RAW = /^\s*(select|with|pragma|values|explain)\b|\breturning\b/i;

/** node-sqlite3 returns rows only from all(), changes and the rowid only from run(). */
const returnsRows = (compiled: CompiledQuery): boolean => {
  const node = compiled.query;
  if (SelectQueryNode.is(node)) return true;
  if (InsertQueryNode.is(node) || UpdateQueryNode.is(node) || DeleteQueryNode.is(node))
    return node.returning !== undefined;
  return RawNode.is(node) ? ROWS_FROM_RAW.test(compiled.sql) : false;
};

/** Kysely's view of the app's node-sqlite3 connection (or of the Database's reader). */
class SqliteConnection implements DatabaseConnection {
  constructor(private readonly q: Queryable) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const params = [...compiled.parameters];
    if (returnsRows(compiled)) return { rows: await this.q.all<R>(compiled.sql, params) };
    const { changes, lastID } = await this.q.run(compiled.sql, params);
    return { rows: [], numAffectedRows: BigInt(changes), insertId: BigInt(lastID) };
  }

  // eslint-disable-next-line require-yield -- an async generator that refuses: node-sqlite3 has no cursor
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming queries are not supported on SQLite; page with LIMIT instead');
  }
}

const refuseWrite = async (): Promise<never> => {
  throw new Error('A write outside DataStore.transaction');
};

/** The Database's reads (its reader connection, query_only) without its queued single writes. */
const readOnlyView = (db: Database): Queryable => ({
  all: (sql, params) => db.all(sql, params),
  get: (sql, params) => db.get(sql, params),
  run: refuseWrite,
  exec: refuseWrite,
});

const txs = new WeakMap<Connection, Tx>();

/**
 * The transaction handle for the writer connection. Valid only inside Database.transaction (the
 * write queue holds the writer for it), so it is built once per connection and handed out there.
 */
export const sqliteTx = (writer: Connection): Tx => {
  let tx = txs.get(writer);
  if (!tx) {
    tx = transactionHandle({
      engine: 'sqlite',
      k: boundKysely('sqlite', new SqliteConnection(writer)),
      legacy: writer,
      native: writer,
    });
    txs.set(writer, tx);
    registerHandle(writer, tx);
  }
  return tx;
};

const stores = new WeakMap<Database, DataStore>();

/** The SQLite file as a DataStore: the same Database, queue and connections the app already uses. */
export const sqliteStore = (db: Database): DataStore => {
  let store = stores.get(db);
  if (!store) {
    const legacy = readOnlyView(db);
    const read: Db = { engine: 'sqlite', k: boundKysely('sqlite', new SqliteConnection(legacy)), legacy };
    registerHandle(db, read);
    registerHandle(legacy, read);
    store = {
      engine: 'sqlite',
      read,
      transaction: (work) => db.transaction((writer) => work(sqliteTx(writer as Connection))),
      close: () => db.close(),
    };
    stores.set(db, store);
  }
  return store;
};
