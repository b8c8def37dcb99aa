import type { Params, Queryable } from '../connection';

/** What the bridge runs statements on: a pooled PostgreSQL client or the pool itself. */
export interface PgRunner {
  query(text: string, values: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

/**
 * Rewrites SQLite-style parameters (`:name` with an object, `?` with an array) into PostgreSQL's
 * `$1, $2 …`, leaving quoted text, quoted identifiers, comments and `::` casts alone.
 */
export const toPostgresParameters = (
  sql: string,
  params: Params | undefined,
): { text: string; values: unknown[] } => {
  const values: unknown[] = [];
  const positions = new Map<string, number>();
  const named = params !== undefined && !Array.isArray(params) ? params : {};
  const positional = Array.isArray(params) ? params : [];
  let text = '';
  let i = 0;
  while (i < sql.length) {
    const c = sql[i] as string;
    if (c === "'" || c === '"') {
      const end = sql.indexOf(c, i + 1);
      const stop = end === -1 ? sql.length : end + 1;
      text += sql.slice(i, stop);
      i = stop;
    } else if (c === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      const stop = end === -1 ? sql.length : end;
      text += sql.slice(i, stop);
      i = stop;
    } else if (c === ':' && sql[i + 1] === ':') {
      text += '::';
      i += 2;
    } else if (c === ':' && /[A-Za-z_]/.test(sql[i + 1] ?? '')) {
      const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(sql.slice(i + 1))?.[0] as string;
      let position = positions.get(name);
      if (position === undefined) {
        if (!(name in named)) throw new Error(`legacy SQL: no value for :${name}`);
        values.push(named[name] === undefined ? null : named[name]);
        position = values.length;
        positions.set(name, position);
      }
      text += `$${position}`;
      i += name.length + 1;
    } else if (c === '?') {
      if (values.length >= positional.length) throw new Error('legacy SQL: more ? than values');
      values.push(positional[values.length]);
      text += `$${values.length}`;
      i += 1;
    } else {
      text += c;
      i += 1;
    }
  }
  return { text, values };
};

const noRowid = {
  get lastID(): number {
    throw new Error('lastID does not exist on PostgreSQL: convert this repository (INSERT … RETURNING id)');
  },
};

/**
 * Runs an unconverted repository's SQL on PostgreSQL during the conversion. Portable statements
 * work as they are; SQLite-only ones (json_each, INSERT OR IGNORE, COLLATE NOCASE, PRAGMA, FTS5 MATCH)
 * fail loudly, and so does reading `lastID`. This is a bridge, not a second data layer.
 */
export const legacyBridge = (runner: PgRunner): Queryable => ({
  all: async <T>(sql: string, params?: Params) => {
    const { text, values } = toPostgresParameters(sql, params);
    return (await runner.query(text, values)).rows as T[];
  },
  get: async <T>(sql: string, params?: Params) => {
    const { text, values } = toPostgresParameters(sql, params);
    return (await runner.query(text, values)).rows[0] as T | undefined;
  },
  run: async (sql: string, params?: Params) => {
    const { text, values } = toPostgresParameters(sql, params);
    const result = await runner.query(text, values);
    return Object.assign(Object.create(noRowid) as { lastID: number }, { changes: result.rowCount ?? 0 });
  },
  exec: async (sql: string) => {
    await runner.query(sql, []);
  },
});
