import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import { findHeaderRow } from '../../shared/imports/detectPreset';
import type { FileSniff, ForcedEncoding, ReadItem } from '../../shared/imports/fileTypes';
import { uniqueHeaders } from '../../shared/imports/headers';
import { csvRows, type SourceRow } from './csvRows';
import { detectDelimiter } from './delimiter';
import { detectFileKind } from './fileKind';
import { ImportFileError } from './importFileError';
import { toReadItem } from './rowItems';
import { decodeSample, detectEncoding } from './textEncoding';
import { xlsxRows } from './xlsxRows';

export const SAMPLE_BYTES = 64 * 1024;
export const PREVIEW_ROWS = 20;
/** Rows looked at for the header row (title lines above the header are common in 1C-Bitrix exports). */
export const HEADER_SCAN_ROWS = 30;

const readStart = async (path: string, bytes: number): Promise<Buffer> => {
  const file = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(bytes), 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
};

/**
 * Up to HEADER_SCAN_ROWS + PREVIEW_ROWS rows, and whether the rows ran out before that. When `partial`,
 * an error at the end (a quoted field cut by the sample's end) is ignored; otherwise it becomes the last
 * preview item.
 */
const collectRows = async (
  rows: AsyncGenerator<SourceRow>,
  partial: boolean,
): Promise<{ rows: SourceRow[]; failure: ImportFileError | null }> => {
  const collected: SourceRow[] = [];
  try {
    for await (const row of rows) {
      collected.push(row);
      if (collected.length >= HEADER_SCAN_ROWS + PREVIEW_ROWS * 2) break;
    }
  } catch (error) {
    if (!(error instanceof ImportFileError) || error.reason === 'import.unreadableXlsx') throw error;
    return { rows: collected, failure: partial ? null : error };
  }
  return { rows: collected, failure: null };
};

const describe = (
  rows: SourceRow[],
  failure: ImportFileError | null,
  delimiter: FileSniff['delimiter'],
): Pick<FileSniff, 'headerLine' | 'headers' | 'duplicateHeaders' | 'preview' | 'headersOnly'> => {
  const headerIndex = findHeaderRow(rows.slice(0, HEADER_SCAN_ROWS).map((r) => r.cells));
  const headerRow = rows[headerIndex];
  if (headerRow === undefined) throw failure ?? new ImportFileError('import.emptyFile');
  const { headers, duplicates } = uniqueHeaders(headerRow.cells);
  const preview: ReadItem[] = [];
  for (const row of rows.slice(headerIndex + 1)) {
    const item = toReadItem(row.line, row.cells, headers, delimiter);
    if (item !== null && preview.length < PREVIEW_ROWS) preview.push(item);
  }
  if (failure !== null && preview.length < PREVIEW_ROWS) {
    preview.push({ line: failure.line ?? headerRow.line + 1, error: { reason: failure.reason } });
  }
  return {
    headerLine: headerRow.line,
    headers,
    duplicateHeaders: duplicates,
    preview,
    headersOnly: preview.length === 0,
  };
};

const sniffXlsx = async (path: string, fileSize: number): Promise<FileSniff> => {
  const { rows, failure } = await collectRows(xlsxRows(path), false);
  return {
    format: 'xlsx',
    encoding: null,
    encodingSource: null,
    bomLength: 0,
    delimiter: null,
    ...describe(rows, failure, null),
    fileSize,
  };
};

/**
 * Looks at the start of a file (the first SAMPLE_BYTES of a text file; the first rows of an XLSX
 * sheet) and tells how to read it: format, encoding, delimiter, header row, headers and a preview.
 * Throws ImportFileError: `import.emptyFile`, `import.notText`, `import.xlsNotSupported`,
 * `import.unreadableXlsx`, or `import.unclosedQuote` / `import.malformedCsv` before the header row.
 */
export const sniffFile = async (
  path: string,
  options: { encoding?: ForcedEncoding } = {},
): Promise<FileSniff> => {
  const fileSize = (await stat(path)).size;
  if (fileSize === 0) throw new ImportFileError('import.emptyFile');
  const sample = await readStart(path, SAMPLE_BYTES);
  if (detectFileKind(sample) === 'xlsx') return sniffXlsx(path, fileSize);

  const complete = sample.length >= fileSize;
  const { encoding, source, bomLength } = detectEncoding(sample, complete, options.encoding);
  const text = decodeSample(sample.subarray(bomLength), encoding, complete);
  if (text.trim() === '') throw new ImportFileError('import.emptyFile');
  const delimiter = detectDelimiter(text);
  const { rows, failure } = await collectRows(csvRows(Readable.from([text]), delimiter), !complete);
  return {
    format: extname(path).toLowerCase() === '.txt' ? 'txt' : 'csv',
    encoding,
    encodingSource: source,
    bomLength,
    delimiter,
    ...describe(rows, failure, delimiter),
    fileSize,
  };
};
