import type { CompiledQuery, DatabaseConnection, QueryResult } from 'kysely';
import pg from 'pg';
import { boundKysely } from './boundDriver';
import { registerHandle } from './handles';
import { legacyBridge, type PgRunner } from './legacyBridge';
import { translatePostgresError } from './postgresErrors';
import { transactionHandle, type DataStore, type Db, type Tx } from './types';

const INT8 = 20;

/** bigint (COUNT(*), bigint ids) as a JS number, refused beyond 2^53 rather than silently rounded. */
const parseInt8 = (text: string): number => {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new Error(`integer ${text} is beyond JavaScript's safe range`);
  return n;
};

/** The pg type parsers every team connection uses (also the administrator's in tests and the move). */
export const postgresTypes = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === INT8
      ? parseInt8
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/** Every statement goes through here: PostgreSQL's refusals become the app's errors. */
const guarded = (runner: Pick<pg.Pool | pg.PoolClient, 'query'>): PgRunner => ({
  query: async (text, values) => {
    try {
      return await runner.query(text, values);
    } catch (error) {
      throw translatePostgresError(error);
    }
  },
});

class PgConnection implements DatabaseConnection {
  constructor(private readonly runner: PgRunner) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const result = (await this.runner.query(compiled.sql, [...compiled.parameters])) as pg.QueryResult;
    const changed = ['INSERT', 'UPDATE', 'DELETE', 'MERGE'].includes(result.command);
    return {
      rows: result.rows as R[],
      ...(changed ? { numAffectedRows: BigInt(result.rowCount ?? 0) } : {}),
    };
  }

  // eslint-disable-next-line require-yield -- refuses: pages are read with LIMIT, bulk data with COPY
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming queries are not used; page with LIMIT or use COPY');
  }
}

export interface PostgresStore extends DataStore {
  readonly engine: 'postgres';
  readonly pool: pg.Pool;
}

/**
 * A team database as a DataStore. Sessions start read-only (default_transaction_read_only), so
 * only DataStore.transaction — START TRANSACTION READ WRITE — can write, as on SQLite where reads go
 * to a query_only connection. What a user may do is decided by the server (roles, grants, RLS).
 */
export const openPostgresStore = (config: pg.PoolConfig): PostgresStore => {
  const pool = new pg.Pool({
    max: 4,
    application_name: 'Compliance Desk',
    ...config,
    options: `-c default_transaction_read_only=on${config.options ? ` ${config.options}` : ''}`,
    types: postgresTypes,
  });
  // An idle pooled connection that the server drops must not crash the app; the next query reconnects.
  pool.on('error', () => undefined);
  const poolRunner = guarded(pool);
  const legacy = legacyBridge(poolRunner);
  const read: Db = { engine: 'postgres', k: boundKysely('postgres', new PgConnection(poolRunner)), legacy };
  registerHandle(legacy, read);

  const txs = new WeakMap<pg.PoolClient, Tx>();
  const txFor = (client: pg.PoolClient): Tx => {
    let tx = txs.get(client);
    if (!tx) {
      const runner = guarded(client);
      const bridge = legacyBridge(runner);
      tx = transactionHandle({
        engine: 'postgres',
        k: boundKysely('postgres', new PgConnection(runner)),
        legacy: bridge,
        native: client,
      });
      txs.set(client, tx);
      registerHandle(bridge, tx);
    }
    return tx;
  };

  return {
    engine: 'postgres',
    pool,
    read,
    transaction: async (work) => {
      const client = await pool.connect().catch((error: unknown) => {
        throw translatePostgresError(error);
      });
      let broken = false;
      try {
        await client.query('START TRANSACTION READ WRITE');
        try {
          const result = await work(txFor(client));
          await guarded(client).query('COMMIT', []);
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => {
            broken = true;
          });
          throw error;
        }
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
};
