import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { insertRows } from '../batchInsert';
import { translatePostgresError } from './postgresErrors';
import type { Tx } from './types';

type Cell = string | number | null | undefined;

export interface BulkInsertOptions {
  /** Rows whose key already exists are skipped (SQLite INSERT OR IGNORE; PostgreSQL ON CONFLICT DO NOTHING). */
  skipExisting?: boolean;
  /** Columns with the same value in every row, sent once. */
  constants?: Readonly<Record<string, string | number | null>>;
}

const quoteName = (name: string): string => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name))
    throw new Error(`bulkInsert: not a plain column or table name: ${name}`);
  return `"${name}"`;
};

/** COPY's text format: tab-separated, \N for NULL, backslash escapes for the separators. */
const copyField = (value: Cell): string => {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('bulkInsert: a number must be finite');
    return String(value);
  }
  if (typeof value !== 'string') throw new Error('bulkInsert: cells are text, finite numbers or null');
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
};

function* copyLines(rows: readonly Cell[][], width: number, constants: Cell[]): Generator<string> {
  let chunk = '';
  for (const row of rows) {
    if (row.length !== width) throw new Error(`bulkInsert: row width ${row.length}, expected ${width}`);
    chunk += `${[...row, ...constants].map(copyField).join('\t')}\n`;
    if (chunk.length > 1 << 16) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

const copyInto = async (client: pg.PoolClient, table: string, names: string, lines: Iterable<string>) => {
  const stream = client.query(copyFrom(`COPY ${table} (${names}) FROM STDIN`));
  await pipeline(Readable.from(lines), stream);
  return stream.rowCount;
};

const copyThroughStage = async (
  client: pg.PoolClient,
  table: string,
  columns: readonly string[],
  rows: readonly Cell[][],
  options: BulkInsertOptions,
): Promise<number> => {
  const constants = Object.entries(options.constants ?? {});
  const names = [...columns, ...constants.map(([name]) => name)].map(quoteName).join(', ');
  const lines = copyLines(
    rows,
    columns.length,
    constants.map(([, value]) => value),
  );
  // COPY FROM is not allowed into a table under row-level security (every team table is): COPY into
  // a temporary stage of just these columns, then one set-based INSERT … SELECT that the policies check.
  const target = quoteName(table);
  const stage = quoteName(`cd_stage_${table}`);
  await client.query(`DROP TABLE IF EXISTS pg_temp.${stage}`);
  await client.query(
    `CREATE TEMPORARY TABLE ${stage} ON COMMIT DROP AS SELECT ${names} FROM ${target} WITH NO DATA`,
  );
  await copyInto(client, stage, names, lines);
  const inserted = await client.query(
    `INSERT INTO ${target} (${names}) SELECT ${names} FROM ${stage}${options.skipExisting ? ' ON CONFLICT DO NOTHING' : ''}`,
  );
  return inserted.rowCount ?? 0;
};

/**
 * Many rows into one table inside a transaction, the fastest way each engine offers:
 * SQLite — one JSON parameter per 10,000 rows unpacked by json_each (batchInsert.ts);
 * PostgreSQL — COPY FROM STDIN, streamed into a temporary stage, then one INSERT … SELECT (… ON
 * CONFLICT DO NOTHING with skipExisting). Returns the number of rows inserted.
 */
export const bulkInsert = (
  tx: Tx,
  table: string,
  columns: readonly string[],
  rows: readonly Cell[][],
  options: BulkInsertOptions = {},
): Promise<number> =>
  rows.length === 0
    ? Promise.resolve(0)
    : tx.engine === 'sqlite'
      ? insertRows(tx.native, table, columns, rows as unknown[][], {
          orIgnore: options.skipExisting ?? false,
          ...(options.constants ? { constants: options.constants } : {}),
        })
      : copyThroughStage(tx.native, table, columns, rows, options).catch((error: unknown) => {
          throw translatePostgresError(error);
        });
