import { insertRows } from '../../db/batchInsert';
import type { Connection } from '../../db/connection';
import { STAGE_COLUMNS, type StageTable } from './stageSchema';

/**
 * Buffers stage rows per table and writes them in one transaction per flush. A flush is written while
 * the reader parses the next rows (SQLite works on its own thread); flushes commit one after another.
 */
export class StageWriter {
  private buffers = new Map<StageTable, unknown[][]>();
  private pending = 0;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly stage: Connection,
    private readonly flushEvery = 5000,
  ) {}

  push(table: StageTable, row: unknown[]): void {
    let rows = this.buffers.get(table);
    if (!rows) this.buffers.set(table, (rows = []));
    rows.push(row);
    if (table === 'rows') this.pending++;
  }

  /** Whether the caller should `flush()` now (enough rows parsed). */
  get full(): boolean {
    return this.pending >= this.flushEvery;
  }

  /** Waits for the previous write, then starts writing what is buffered. */
  async flush(): Promise<void> {
    await this.writing;
    const batch = this.buffers;
    this.buffers = new Map();
    this.pending = 0;
    this.writing = (async () => {
      await this.stage.exec('BEGIN');
      for (const [table, rows] of batch)
        await insertRows(this.stage, table, STAGE_COLUMNS[table], rows, { trusted: true });
      await this.stage.exec('COMMIT');
    })();
    // The caller learns of a failed write at the next flush or at finish().
    this.writing.catch(() => undefined);
  }

  async finish(): Promise<void> {
    await this.flush();
    await this.writing;
  }
}
