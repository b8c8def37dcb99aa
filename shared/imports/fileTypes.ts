import { z } from 'zod';
import type { DuplicateHeader } from './headers';
import type { ImportReason } from './reasons';

/** Encodings the officer can force; `utf16le` is only ever detected (by BOM: Excel's "Unicode text"). */
export const ForcedEncoding = z.enum(['utf8', 'cp1251', 'rk1048']);
export type ForcedEncoding = z.infer<typeof ForcedEncoding>;
export type ImportEncoding = ForcedEncoding | 'utf16le';

/** Why the encoding was chosen: BOM, strict UTF-8 decode, Kazakh letters in KZ-1048, the cp1251 fallback. */
export type EncodingSource = 'bom' | 'utf8' | 'kazakhLetters' | 'fallback' | 'forced';

export type ImportDelimiter = ',' | ';' | '\t';

export interface ReadError {
  line: number;
  error: {
    /** Header of the offending cell, when one cell is to blame. */
    column?: string;
    reason: ImportReason;
    /** Column counts, for `import.tooFewColumns` / `import.tooManyColumns`. */
    expected?: number;
    found?: number;
    /** Last line swallowed by a broken quote (`import.brokenQuote`). */
    lastLine?: number;
  };
}
export interface ReadRecord {
  /** Physical line where the record starts (1-based, header line included); XLSX: the sheet row number. */
  line: number;
  /** Header name -> cell text. A null-prototype object, so a header called `__proto__` is harmless. */
  values: Record<string, string>;
}
export type ReadItem = ReadRecord | ReadError;

export const isReadError = (item: ReadItem): item is ReadError => 'error' in item;

export interface FileSniff {
  /** By content, not extension; `txt` is a delimited text file named `.txt` (read exactly like csv). */
  format: 'csv' | 'txt' | 'xlsx';
  /** Null for XLSX. */
  encoding: ImportEncoding | null;
  encodingSource: EncodingSource | null;
  /** Bytes of a byte-order mark skipped before decoding. */
  bomLength: number;
  delimiter: ImportDelimiter | null;
  /** Line (CSV) or sheet row (XLSX) of the header row. */
  headerLine: number;
  headers: string[];
  duplicateHeaders: DuplicateHeader[];
  /** The first data records (at most 20), with row errors, exactly as `readRecords` will yield them. */
  preview: ReadItem[];
  /** The file has a header row and no data rows. */
  headersOnly: boolean;
  fileSize: number;
}
