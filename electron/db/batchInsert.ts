import type { Queryable } from './connection';

/** SQLite's default limit on bound parameters per statement (since 3.32). */
const MAX_PARAMS = 32_000;

/**
 * Multi-row INSERT in chunks (the driver's per-row run() manages ~10k rows/s, one statement per
 * ~1000 rows ~140k rows/s). Returns the number of rows actually inserted (OR IGNORE skips some).
 */
export const insertRows = async (
  q: Queryable,
  table: string,
  columns: readonly string[],
  rows: readonly unknown[][],
  options: { orIgnore?: boolean; rowsPerStatement?: number } = {},
): Promise<number> => {
  if (rows.length === 0) return 0;
  const perStatement = Math.max(
    1,
    Math.min(options.rowsPerStatement ?? 1000, Math.floor(MAX_PARAMS / columns.length)),
  );
  const tuple = `(${columns.map(() => '?').join(',')})`;
  let inserted = 0;
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const values: unknown[] = [];
    for (const row of chunk) for (const v of row) values.push(v === undefined ? null : v);
    const result = await q.run(
      `INSERT ${options.orIgnore ? 'OR IGNORE ' : ''}INTO ${table} (${columns.join(',')}) VALUES ${chunk.map(() => tuple).join(',')}`,
      values,
    );
    inserted += result.changes;
  }
  return inserted;
};
