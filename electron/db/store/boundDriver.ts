import {
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
} from 'kysely';
import type { Schema } from './schema';
import type { Engine } from './types';

const notHere = (): never => {
  throw new Error('Open transactions with DataStore.transaction, not through the query builder');
};

/**
 * A Kysely driver over one connection that something else owns: the SQLite writer inside the write
 * queue's transaction, a pooled PostgreSQL client inside its BEGIN … COMMIT, or the SQLite reader.
 * The store owns transactions, so the builder may not open, commit or nest them.
 */
class BoundDriver implements Driver {
  constructor(private readonly connection: DatabaseConnection) {}
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    return this.connection;
  }
  beginTransaction = notHere;
  commitTransaction = notHere;
  rollbackTransaction = notHere;
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {}
}

/** The query builder for one engine's dialect, executing on the given connection. */
export const boundKysely = (engine: Engine, connection: DatabaseConnection): Kysely<Schema> => {
  const driver = new BoundDriver(connection);
  const dialect: Dialect =
    engine === 'sqlite'
      ? {
          createAdapter: () => new SqliteAdapter(),
          createDriver: () => driver,
          createIntrospector: (db) => new SqliteIntrospector(db),
          createQueryCompiler: () => new SqliteQueryCompiler(),
        }
      : {
          createAdapter: () => new PostgresAdapter(),
          createDriver: () => driver,
          createIntrospector: (db) => new PostgresIntrospector(db),
          createQueryCompiler: () => new PostgresQueryCompiler(),
        };
  return new Kysely<Schema>({ dialect });
};
