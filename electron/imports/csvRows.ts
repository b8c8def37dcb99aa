import type { Readable } from 'node:stream';
import type { ImportDelimiter } from '../../shared/imports/fileTypes';
import { ImportFileError } from './importFileError';

export interface SourceRow {
  /** Physical line (1-based) where the row starts. */
  line: number;
  cells: string[];
}

/** A record that runs past this many characters is an unclosed quote, not data. */
export const MAX_RECORD_CHARS = 256 * 1024;

const QUOTE = 34; // "
const LF = 10;

/** The records a chunk completed, and where the unfinished one starts. */
interface Tokenized {
  rows: SourceRow[];
  /** Offset of the first character not yet part of a yielded record. */
  consumed: number;
  /** Line where the unfinished record starts. */
  line: number;
}

/**
 * Splits LF-separated text into records, RFC 4180 style, lenient where exports are sloppy:
 * - a field that starts with `"` is quoted: `""` inside is one quote, delimiters and line breaks are data;
 * - a quote inside an unquoted field is an ordinary character (`ООО "Ромашка"`);
 * - a closing quote followed by something other than a delimiter or line break was not a closing quote:
 *   the field is kept as written, opening quote included (the row checks then flag it as a broken quote);
 * - rows may have any width (the caller checks widths against the header).
 * When `final` is false, a record not followed by a line break is left for the next chunk.
 */
const tokenize = (text: string, delimiter: number, startLine: number, final: boolean): Tokenized => {
  const rows: SourceRow[] = [];
  const length = text.length;
  let consumed = 0;
  let consumedLine = startLine;
  let line = startLine;
  let pos = 0;
  records: while (pos < length) {
    const recordLine = line;
    const cells: string[] = [];
    for (;;) {
      // One field, starting at pos. A quoted field ends at a quote followed by a delimiter, a line
      // break or the end; a quote followed by anything else was not a closing quote, and the field is
      // then read as unquoted text from its opening quote on (scanning from past that quote).
      const quoted = pos < length && text.charCodeAt(pos) === QUOTE;
      let value: string | null = null;
      let scanFrom = pos;
      if (quoted) {
        let unescaped = '';
        let from = pos + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q < 0) {
            if (!final) break records; // the quote may close in the next chunk
            throw new UnclosedQuote(recordLine); // the quote never closes: the caller reports it
          }
          if (q + 1 >= length && !final) break records; // `""` or a closing quote: look at the next chunk
          const next = q + 1 < length ? text.charCodeAt(q + 1) : -1;
          if (next === QUOTE) {
            unescaped += text.slice(from, q + 1);
            from = q + 2;
            continue;
          }
          if (next === -1 || next === delimiter || next === LF) {
            value = unescaped + text.slice(from, q);
            pos = q + 1;
          } else {
            scanFrom = q + 1;
          }
          break;
        }
      }
      if (value === null) {
        const end = nextBoundary(text, scanFrom, delimiter);
        if (end < 0 && !final) break records;
        const stop = end < 0 ? length : end;
        value = text.slice(pos, stop);
        pos = stop;
      }
      // Line breaks can only be inside a field that started with a quote.
      if (quoted) for (let i = value.indexOf('\n'); i >= 0; i = value.indexOf('\n', i + 1)) line++;
      cells.push(value);
      // After a field: a delimiter (another field follows), a line break or the end (the record ends).
      if (pos < length && text.charCodeAt(pos) === delimiter) {
        pos++;
        continue;
      }
      if (pos < length) {
        pos++; // the line break
        line++;
      }
      break;
    }
    rows.push({ line: recordLine, cells });
    consumed = pos;
    consumedLine = line;
  }
  return { rows, consumed, line: consumedLine };
};

/** Index of the next delimiter or line break at or after `from`, or -1. */
const nextBoundary = (text: string, from: number, delimiter: number): number => {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === delimiter || c === LF) return i;
  }
  return -1;
};

class UnclosedQuote extends Error {
  constructor(readonly line: number) {
    super('unclosed quote');
  }
}

/**
 * Streams LF-separated text (see TextDecodeStream) and yields, per chunk of text, the records it
 * completed: each record's cells with the physical line it starts on. Blank lines are counted, not
 * yielded. One yield per chunk (hundreds of records) instead of per record keeps the per-record cost to
 * the tokenising itself.
 *
 * A quote that is never closed would swallow the rest of the file: the read stops with
 * `import.unclosedQuote` at the line where the broken record starts, once the record runs past
 * MAX_RECORD_CHARS or the file ends — after every record before it has been yielded, and without
 * reading the rest of the file.
 */
export async function* csvRowBatches(
  text: Readable,
  delimiter: ImportDelimiter,
): AsyncGenerator<SourceRow[]> {
  const separator = delimiter.charCodeAt(0);
  let pending = '';
  let line = 1;
  const records = (tokenized: Tokenized): SourceRow[] => {
    line = tokenized.line;
    return tokenized.rows.filter((row) => row.cells.length > 1 || row.cells[0] !== '');
  };
  try {
    for await (const chunk of text as AsyncIterable<string | Buffer>) {
      const input = pending + (typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
      const tokenized = tokenize(input, separator, line, false);
      pending = input.slice(tokenized.consumed);
      const rows = records(tokenized);
      if (rows.length > 0) yield rows;
      if (pending.length > MAX_RECORD_CHARS) throw new UnclosedQuote(line);
    }
    if (pending !== '') {
      const rows = records(tokenize(pending, separator, line, true));
      if (rows.length > 0) yield rows;
    }
  } catch (error) {
    if (error instanceof UnclosedQuote) {
      text.destroy();
      throw new ImportFileError('import.unclosedQuote', error.line);
    }
    throw error;
  }
}

/** csvRowBatches, one record at a time. */
export async function* csvRows(text: Readable, delimiter: ImportDelimiter): AsyncGenerator<SourceRow> {
  for await (const rows of csvRowBatches(text, delimiter)) yield* rows;
}
