import { Connection, type Params, type Queryable } from './connection';

const PRAGMAS = `
  PRAGMA journal_mode = WAL;
  PRAGMA foreign_keys = ON;
  PRAGMA busy_timeout = 5000;
  PRAGMA synchronous = NORMAL;
`;

/**
 * The application database: one writer connection whose transactions are serialised through a
 * promise queue (the async driver would otherwise interleave two callers' statements inside one
 * transaction), and one reader connection that, thanks to WAL, sees only committed data.
 */
export class Database implements Queryable {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly commitListeners = new Set<(writer: Queryable) => Promise<void>>();

  private constructor(
    readonly file: string,
    private writer: Connection,
    private reader: Connection,
  ) {}

  static async open(file: string): Promise<Database> {
    const writer = await Connection.open(file);
    await writer.exec(PRAGMAS);
    const reader = await Connection.open(file);
    await reader.exec('PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA query_only = ON;');
    return new Database(file, writer, reader);
  }

  all<T>(sql: string, params?: Params): Promise<T[]> {
    return this.reader.all<T>(sql, params);
  }

  get<T>(sql: string, params?: Params): Promise<T | undefined> {
    return this.reader.get<T>(sql, params);
  }

  /** A single write outside an explicit transaction still waits for its turn in the queue. */
  run(sql: string, params?: Params): Promise<{ changes: number; lastID: number }> {
    return this.exclusive(() => this.writer.run(sql, params));
  }

  exec(sql: string): Promise<void> {
    return this.exclusive(() => this.writer.exec(sql));
  }

  /** Runs `work` inside BEGIN IMMEDIATE … COMMIT; rolls back if it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.exclusive(async () => {
      await this.writer.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(this.writer);
        await this.writer.exec('COMMIT');
        await this.afterCommit();
        return result;
      } catch (error) {
        await this.writer.exec('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  }

  /**
   * Called after every committed transaction, still in its turn on the writer (e.g. to anchor the
   * audit chain head outside the database). A listener's failure never undoes the commit.
   */
  onCommit(listener: (writer: Queryable) => Promise<void>): () => void {
    this.commitListeners.add(listener);
    return () => this.commitListeners.delete(listener);
  }

  private async afterCommit(): Promise<void> {
    for (const listener of this.commitListeners) await listener(this.writer).catch(() => undefined);
  }

  /** Runs `work` alone on the writer connection, after every queued write has finished. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  backupTo(file: string): Promise<void> {
    return this.exclusive(() => this.writer.backupTo(file));
  }

  /** Copies the database and runs `probe` in the same turn, so nothing commits in between. */
  backupWith<T>(file: string, probe: (q: Queryable) => Promise<T>): Promise<T> {
    return this.exclusive(async () => {
      await this.writer.backupTo(file);
      return probe(this.writer);
    });
  }

  async userVersion(): Promise<number> {
    const row = await this.writer.get<{ user_version: number }>('PRAGMA user_version');
    return row?.user_version ?? 0;
  }

  async quickCheck(): Promise<string[]> {
    const rows = await this.writer.all<{ quick_check: string }>('PRAGMA quick_check');
    return rows.map((r) => r.quick_check);
  }

  async close(): Promise<void> {
    await this.exclusive(async () => {
      await this.reader.close();
      await this.writer.close();
    });
  }
}
