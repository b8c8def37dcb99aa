import type { AppContext } from '../../context';
import { Connection, type Queryable } from '../connection';
import { Database } from '../database';
import { registeredHandle } from './handles';
import { sqliteStore, sqliteTx } from './sqliteStore';
import type { DataStore, Db, Tx } from './types';

/**
 * The store a service works with: the team database when the app is connected to one, otherwise
 * the SQLite file. Read at call time: a restore replaces ctx.db.
 */
export const storeOf = (ctx: Pick<AppContext, 'db' | 'teamStore'>): DataStore =>
  ctx.teamStore ?? sqliteStore(ctx.db);

/**
 * While repositories are converted one by one (docs/team-mode.md), an unconverted caller holding a
 * Queryable (ctx.db or the `tx` of Database.transaction) reaches a converted repository through
 * these. Removed with the last unconverted caller.
 */
export const dbOf = (q: Queryable | Db): Db => {
  if ('engine' in q) return q;
  const known = registeredHandle(q);
  if (known) return known;
  if (q instanceof Database) return sqliteStore(q).read;
  if (q instanceof Connection) return sqliteTx(q);
  throw new Error('dbOf: not a connection of a DataStore');
};

/** Like dbOf, for a write: only the writer connection of an open transaction qualifies. */
export const txOf = (q: Queryable | Tx): Tx => {
  const db = dbOf(q);
  if (db.engine === 'sqlite' && !(db.legacy instanceof Connection))
    throw new Error('txOf: a write needs the connection of an open transaction');
  if (!('native' in db)) throw new Error('txOf: a write needs the connection of an open transaction');
  return db as Tx;
};
