import type { ColumnMapping, MapResult } from './fields';
import { mapRecord, type MapContext } from './mapRecord';
import type { ReadItem, ReadRecord } from './fileTypes';

/** Several line-item rows of one order folded into one record. */
export interface OrderGroup extends ReadRecord {
  /** Last line of the group's rows. */
  lastLine: number;
  rowCount: number;
  key: string;
  /** The key was already closed earlier in the file: the order's rows are not together. */
  reopened: boolean;
}

/** How many closed order keys are remembered to flag `reopened` (bounded memory on 1M-row files). */
export const REOPEN_WINDOW = 10_000;

/**
 * Folds consecutive rows with the same value in `keyHeader` (Shopify: `Name`) into one record.
 * Shopify fills order columns on the first line-item row only, so the first row's values win and later
 * rows only fill cells left empty. Rows with an empty key are never folded.
 *
 * Non-consecutive rows (a file re-sorted in Excel) cannot be folded in a streaming pass: the later
 * fragment is emitted as its own group with `reopened: true` (when its key is among the last
 * REOPEN_WINDOW orders). Map it with `mapOrderGroup`: a fragment that carries order columns gives a row
 * with the same order id, which the ledger merges by id like any repeated order; a fragment of bare
 * line items is reported as `import.orderRowsNotTogether` rather than as a row without a buyer.
 */
export class OrderLineGrouper {
  private current: OrderGroup | null = null;
  private readonly closed = new Set<string>();

  constructor(private readonly keyHeader: string) {}

  /** Adds a row; returns the group it closed, if any. */
  push(record: ReadRecord): OrderGroup | null {
    const key = (record.values[this.keyHeader] ?? '').trim();
    const open = this.current;
    if (open !== null && key !== '' && key === open.key) {
      for (const [header, value] of Object.entries(record.values)) {
        if ((open.values[header] ?? '').trim() === '' && value.trim() !== '') open.values[header] = value;
      }
      open.lastLine = record.line;
      open.rowCount++;
      return null;
    }
    const values: Record<string, string> = Object.assign(Object.create(null), record.values);
    const reopened = key !== '' && this.closed.has(key);
    this.current = { line: record.line, lastLine: record.line, rowCount: 1, key, values, reopened };
    return this.close(open);
  }

  /** Returns the last open group; call once at the end of the file. */
  flush(): OrderGroup | null {
    const open = this.current;
    this.current = null;
    return this.close(open);
  }

  private close(group: OrderGroup | null): OrderGroup | null {
    if (group !== null && group.key !== '') {
      this.closed.delete(group.key);
      this.closed.add(group.key);
      if (this.closed.size > REOPEN_WINDOW) {
        const oldest = this.closed.values().next();
        if (oldest.done !== true) this.closed.delete(oldest.value);
      }
    }
    return group;
  }
}

/** Streams read items through an OrderLineGrouper; row errors pass through as soon as they are read. */
export async function* groupOrderItems(
  items: AsyncIterable<ReadItem>,
  keyHeader: string,
): AsyncGenerator<OrderGroup | ReadItem> {
  const grouper = new OrderLineGrouper(keyHeader);
  for await (const item of items) {
    if ('error' in item) {
      yield item;
      continue;
    }
    const done = grouper.push(item);
    if (done !== null) yield done;
  }
  const last = grouper.flush();
  if (last !== null) yield last;
}

/** mapRecord for a group, reporting a reopened fragment without buyer data as `orderRowsNotTogether`. */
export const mapOrderGroup = (
  group: OrderGroup,
  mapping: ColumnMapping,
  ctx: Omit<MapContext, 'line'>,
): MapResult => {
  const result = mapRecord(group.values, mapping, { ...ctx, line: group.line });
  if (result.ok || !group.reopened || !result.errors.every((e) => e.reason === 'import.noIdentity')) {
    return result;
  }
  return {
    ok: false,
    errors: [
      {
        line: group.line,
        column: mapping.externalOrderId ?? null,
        reason: 'import.orderRowsNotTogether',
        value: group.key,
      },
    ],
  };
};
