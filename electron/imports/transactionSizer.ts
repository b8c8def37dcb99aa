/**
 * Sizes the import's transactions by time instead of a fixed row count. Each transaction holds the
 * ledger's write lock (the app's own writes wait for it), so it should stay short; but every commit
 * writes each page it changed to the write-ahead log again, and the ledger's indexes keyed by phone,
 * e-mail or subject take rows in random order, so a fixed small chunk rewrote most of those indexes
 * at every commit (1,000,000 Bitrix orders in chunks of 20,000: 6.7 GB written for a ~0.8 GB
 * ledger). Aiming at a time per transaction makes the chunks as large as that allows.
 */
export class TransactionSizer {
  private rows: number;

  constructor(
    first: number,
    private readonly budgetMs: number,
    private readonly min = 1000,
    private readonly max = 500_000,
  ) {
    this.rows = Math.max(min, Math.min(max, first));
  }

  /** Rows for the next transaction. */
  get next(): number {
    return this.rows;
  }

  /** What the last transaction of `rows` rows took: the next one aims at the budget (at most doubling). */
  took(rows: number, ms: number): void {
    if (rows < this.rows) return; // a step's short last chunk says little
    const fitting = ms > 0 ? Math.round((rows * this.budgetMs) / ms) : rows * 2;
    this.rows = Math.max(this.min, Math.min(this.max, rows * 2, fitting));
  }
}
