import { parse, type CsvError } from 'csv-parse';
import type { Readable } from 'node:stream';
import type { ImportDelimiter } from '../../shared/imports/fileTypes';
import { ImportFileError } from './importFileError';

export interface SourceRow {
  /** Physical line (1-based) where the row starts. */
  line: number;
  cells: string[];
}

/** A quoted field that runs past this many characters is an unclosed quote, not data. */
export const MAX_RECORD_CHARS = 256 * 1024;

/** Line breaks inside a record's cells (quoted multi-line fields); the text is LF-only by now. */
const innerNewlines = (cells: readonly string[]): number => {
  let n = 0;
  for (const cell of cells) {
    for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) n++;
  }
  return n;
};

interface ParseFailure {
  error: CsvError;
  /** Records emitted before the failing one. */
  after: number;
}

/**
 * Streams LF-separated text (see TextDecodeStream) through csv-parse and yields each record's cells with
 * the physical line it starts on: every record takes one line plus the line breaks inside its cells,
 * and blank lines come through as one-empty-cell records that are counted, not yielded. (csv-parse's
 * own line counter does not tell where a multi-line record began, and its `raw` option costs ~25%.)
 *
 * Lenient where exports are sloppy: rows of any width (the caller checks widths against the header),
 * quotes inside unquoted fields (`ООО "Ромашка"`), blank lines. A quote that is never closed makes
 * csv-parse swallow the rest of the file; it is stopped after MAX_RECORD_CHARS or at the end of the file.
 * The library cannot resynchronise from there, so the read stops with `import.unclosedQuote` at the line
 * where the broken record starts — after every record before it has been yielded (the failure is taken
 * through `on_skip` rather than as a stream error, which would drop records still buffered).
 */
export async function* csvRows(text: Readable, delimiter: ImportDelimiter): AsyncGenerator<SourceRow> {
  let failure: ParseFailure | null = null;
  // After a fatal error csv-parse would scan the rest of the file inside the open quote: cut the input
  // and end the parser instead, so only the records it already emitted remain to be read.
  const stopInput = (): void => {
    text.unpipe(parser);
    text.destroy();
    parser.end();
  };
  const parser = parse({
    delimiter,
    quote: '"',
    escape: '"',
    record_delimiter: '\n',
    relax_column_count: true,
    relax_quotes: true,
    max_record_size: MAX_RECORD_CHARS,
    skip_records_with_error: true,
    on_skip: (error) => {
      if (failure !== null || error === undefined) return;
      failure = { error, after: parser.info.records };
      queueMicrotask(stopInput);
    },
  });
  // Stream errors (I/O, abort) surface through the parser's iterator below.
  text.on('error', (error) => {
    if (failure === null) parser.destroy(error);
  });
  text.pipe(parser);
  let line = 1;
  let emitted = 0;
  for await (const cells of parser as AsyncIterable<string[]>) {
    const start = line;
    line += 1 + innerNewlines(cells);
    emitted++;
    if (cells.length > 1 || cells[0] !== '') yield { line: start, cells };
    if (failure !== null && emitted >= (failure as ParseFailure).after) break;
  }
  const failed = failure as ParseFailure | null;
  if (failed !== null) {
    const { code } = failed.error;
    const unclosed = code === 'CSV_QUOTE_NOT_CLOSED' || code === 'CSV_MAX_RECORD_SIZE';
    throw new ImportFileError(unclosed ? 'import.unclosedQuote' : 'import.malformedCsv', line, {
      cause: failed.error,
    });
  }
}
