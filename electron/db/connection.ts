import sqlite3 from 'sqlite3';

export type Params = Record<string, unknown> | unknown[];

/** What a repository needs: a connection or an open transaction on it. */
export interface Queryable {
  all<T>(sql: string, params?: Params): Promise<T[]>;
  get<T>(sql: string, params?: Params): Promise<T | undefined>;
  run(sql: string, params?: Params): Promise<{ changes: number; lastID: number }>;
  exec(sql: string): Promise<void>;
}

/**
 * Named parameters are written `:name` in SQL and passed as `{ name }`. Only the names the statement
 * uses are bound (SQLite rejects unknown ones), so a query builder can pass one shared object.
 */
const bind = (sql: string, params: Params | undefined): unknown => {
  if (params === undefined) return [];
  if (Array.isArray(params)) return params;
  const used = new Set(Array.from(sql.matchAll(/:([A-Za-z_][A-Za-z0-9_]*)/g), (m) => m[1]));
  const bound: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    if (used.has(key)) bound[`:${key}`] = value === undefined ? null : value;
  }
  return bound;
};

/** node-sqlite3's online backup API (missing from its type definitions). */
interface BackupHandle {
  step(pages: number, callback: (err: Error | null) => void): void;
  finish(callback: (err: Error | null) => void): void;
}
interface BackupCapable {
  backup(file: string, callback: (err: Error | null) => void): BackupHandle;
}

export class Connection implements Queryable {
  private constructor(readonly raw: sqlite3.Database) {}

  static open(file: string, mode = sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE): Promise<Connection> {
    return new Promise((resolve, reject) => {
      const raw = new sqlite3.Database(file, mode, (err) =>
        err ? reject(err) : resolve(new Connection(raw)),
      );
    });
  }

  all<T>(sql: string, params?: Params): Promise<T[]> {
    return new Promise((resolve, reject) =>
      this.raw.all(sql, bind(sql, params), (err: Error | null, rows: T[]) =>
        err ? reject(err) : resolve(rows),
      ),
    );
  }

  get<T>(sql: string, params?: Params): Promise<T | undefined> {
    return new Promise((resolve, reject) =>
      this.raw.get(sql, bind(sql, params), (err: Error | null, row: T | undefined) =>
        err ? reject(err) : resolve(row),
      ),
    );
  }

  run(sql: string, params?: Params): Promise<{ changes: number; lastID: number }> {
    return new Promise((resolve, reject) =>
      this.raw.run(sql, bind(sql, params), function (this: sqlite3.RunResult, err: Error | null) {
        if (err) reject(err);
        else resolve({ changes: this.changes, lastID: this.lastID });
      }),
    );
  }

  exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => this.raw.exec(sql, (err) => (err ? reject(err) : resolve())));
  }

  /** Copies the live database page by page with SQLite's online backup API. */
  backupTo(file: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const backup = (this.raw as unknown as BackupCapable).backup(file, (err: Error | null) => {
        if (err) return reject(err);
        backup.step(-1, (stepErr: Error | null) => {
          if (stepErr) return reject(stepErr);
          backup.finish((finishErr: Error | null) => (finishErr ? reject(finishErr) : resolve()));
        });
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => this.raw.close((err) => (err ? reject(err) : resolve())));
  }
}
