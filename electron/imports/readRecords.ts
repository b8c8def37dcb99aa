import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { addAbortSignal, type Readable } from 'node:stream';
import type { FileSniff, ReadItem } from '../../shared/imports/fileTypes';
import { uniqueHeaders } from '../../shared/imports/headers';
import { ByteCounter, abortable } from './abortable';
import { csvRowBatches, type SourceRow } from './csvRows';
import { ImportFileError } from './importFileError';
import { toReadItem } from './rowItems';
import { TextDecodeStream } from './textDecodeStream';
import { xlsxRows } from './xlsxRows';

export interface ReadOptions {
  signal?: AbortSignal;
  /** Called per chunk read (64 KiB), increasing, and finally with (totalBytes, totalBytes). */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Every chunk of bytes as read (after a byte-order mark), e.g. to hash the file while reading it. */
  onChunk?: (chunk: Buffer) => void;
  /** XLSX: bytes of shared strings kept in memory before the rest is spilled to a temporary file. */
  sharedStringsMemoryBytes?: number;
}

const CHUNK_BYTES = 64 * 1024;

const sameHeaders = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((h, i) => h === b[i]);

/** XLSX rows come one at a time: each is a batch of one. */
async function* singles<T>(rows: AsyncIterable<T>): AsyncGenerator<T[]> {
  for await (const row of rows) yield [row];
}

/**
 * Streams the data records of a sniffed file: `{ line, values }` for good rows, `{ line, error }` for
 * rows that cannot be used (wrong width, broken quote), in file order. Rows above the header are
 * skipped; blank rows are skipped silently. Memory stays flat: the file is read in 64 KiB chunks with
 * backpressure, so nothing is read ahead of what the consumer takes. Records come in batches (those of
 * one chunk of a CSV file, one row of an XLSX sheet): readRecords gives them one at a time.
 *
 * Throws ImportFileError when reading cannot go on (`import.unclosedQuote`, `import.malformedCsv`,
 * `import.unreadableXlsx`, `import.readFailed`, `import.headerNotFound` when the header row is no longer
 * what the sniff saw), and the signal's reason (an AbortError) when aborted.
 */
export async function* readRecordBatches(
  path: string,
  sniff: FileSniff,
  options: ReadOptions = {},
): AsyncGenerator<ReadItem[]> {
  const { signal, onProgress } = options;
  signal?.throwIfAborted();
  const totalBytes = (await stat(path)).size;
  const start = sniff.format === 'xlsx' ? 0 : sniff.bomLength;
  let bytesRead = start;
  const onBytes = (bytes: number): void => {
    bytesRead += bytes;
    onProgress?.(Math.min(bytesRead, totalBytes), totalBytes);
  };
  const file = createReadStream(path, { start, highWaterMark: CHUNK_BYTES });
  if (signal) addAbortSignal(signal, file);
  if (options.onChunk) {
    const onChunk = options.onChunk;
    file.on('data', (chunk) => onChunk(chunk as Buffer));
  }
  let batches: AsyncGenerator<SourceRow[]>;
  if (sniff.format === 'xlsx') {
    batches = singles(xlsxRows(file.pipe(new ByteCounter(onBytes)), options.sharedStringsMemoryBytes));
  } else {
    if (sniff.encoding === null || sniff.delimiter === null) throw new ImportFileError('import.malformedCsv');
    const text: Readable = file.pipe(new TextDecodeStream(sniff.encoding, onBytes));
    file.on('error', (error) => text.destroy(error));
    batches = csvRowBatches(text, sniff.delimiter);
  }

  const delimiter = sniff.format === 'xlsx' ? null : sniff.delimiter;
  let headerSeen = false;
  try {
    for await (const rows of abortable(batches, signal)) {
      const items: ReadItem[] = [];
      for (const row of rows) {
        if (!headerSeen) {
          if (row.line < sniff.headerLine) continue;
          if (row.line > sniff.headerLine || !sameHeaders(uniqueHeaders(row.cells).headers, sniff.headers)) {
            throw new ImportFileError('import.headerNotFound', row.line);
          }
          headerSeen = true;
          continue;
        }
        const item = toReadItem(row.line, row.cells, sniff.headers, delimiter);
        if (item !== null) items.push(item);
      }
      if (items.length > 0) yield items;
      signal?.throwIfAborted();
    }
  } catch (error) {
    if (error instanceof ImportFileError || signal?.aborted === true) throw error;
    throw new ImportFileError('import.readFailed', undefined, { cause: error });
  } finally {
    file.destroy();
  }
  if (!headerSeen) throw new ImportFileError('import.headerNotFound');
  onProgress?.(totalBytes, totalBytes);
}

/** readRecordBatches, one record at a time. */
export async function* readRecords(
  path: string,
  sniff: FileSniff,
  options: ReadOptions = {},
): AsyncGenerator<ReadItem> {
  for await (const items of readRecordBatches(path, sniff, options))
    for (const item of items) {
      options.signal?.throwIfAborted();
      yield item;
    }
}
