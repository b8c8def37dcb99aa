import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { CellValue } from 'exceljs';
import type { SourceRow } from './csvRows';
import { cellText } from './cellText';
import { ImportFileError } from './importFileError';
import { SharedStringStore } from './sharedStringStore';
import { fdRange, openXlsxPackage, ZIP_LIMITS, type XlsxPackage, type ZipLimits } from './xlsxZip';

export interface XlsxReadOptions {
  /** Bytes of shared strings kept in memory before the rest is spilled (see SharedStringStore). */
  sharedStringsMemoryBytes?: number;
  /** Every byte of the file once, in order, before the workbook is parsed (e.g. to hash it). */
  onChunk?: (chunk: Buffer) => void;
  /** Compressed bytes of the parts as they are read (progress). */
  onBytes?: (bytes: number) => void;
  limits?: ZipLimits;
  /** Aborting destroys the parts being read (the caller's read then rejects with the reason). */
  signal?: AbortSignal;
}

/** The structural parts (relationships, workbook, styles) are small; bigger ones are refused. */
const STRUCTURE_BYTES = 32 * 1024 ** 2;

/** exceljs's WorkbookReader steps, each fed one part (its own `parse` is given no input). */
interface ReaderSteps {
  _parseRels(part: Readable): Promise<void>;
  _parseWorkbook(part: Readable): Promise<void>;
  _parseStyles(part: Readable): Promise<void>;
  _parseSharedStrings(part: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(part: Readable, sheetNo: string): Generator<{ value: AsyncIterable<RowLike> }>;
  workbookRels?: { Id: string; Target: string }[];
  model?: { sheets?: { rId: string }[] };
}
interface RowLike {
  number: number;
  values: CellValue[] | Record<string, CellValue>;
}

/** The first worksheet's part: the workbook's first sheet, else the lowest-numbered sheet part. */
const firstSheetPart = (steps: ReaderSteps, names: ReadonlySet<string>): string | null => {
  const rId = steps.model?.sheets?.[0]?.rId;
  const target = steps.workbookRels?.find((rel) => rel.Id === rId)?.Target;
  if (target !== undefined) {
    const part = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    if (names.has(part)) return part;
  }
  const numbered = [...names]
    .map((name) => ({ name, n: /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(name)?.[1] }))
    .filter((p) => p.n !== undefined)
    .sort((a, b) => Number(a.n) - Number(b.n));
  return numbered[0]?.name ?? null;
};

/**
 * Rows of the first worksheet of an XLSX file, with their sheet row numbers. The package is read
 * through xlsxZip (its central directory checked for a zip bomb before anything is unpacked, each
 * part unpacked under a guard), part by part in the order the sheet needs — relationships, workbook,
 * styles, shared strings, then the sheet, streamed: nothing is spooled to disk. exceljs's streaming
 * reader parses each part. Parts are decoded as UTF-8 streams (exceljs decodes each chunk on its own,
 * which breaks a letter split between chunks). Shared strings live in a SharedStringStore (bounded
 * memory, the rest spilled to a temporary file); styles are cached (they tell dates). Empty rows are
 * not stored in XLSX and are not yielded.
 */
export async function* xlsxRows(path: string, options: XlsxReadOptions = {}): AsyncGenerator<SourceRow> {
  const file = await open(path, 'r');
  const strings = new SharedStringStore(options.sharedStringsMemoryBytes);
  let zip: XlsxPackage | null = null;
  const opened: Readable[] = [];
  const part = async (name: string, maxBytes?: number) => {
    const stream = await (zip as XlsxPackage).open(name, maxBytes);
    stream?.setEncoding('utf8');
    if (stream) opened.push(stream);
    if (options.signal?.aborted === true) stream?.destroy(options.signal.reason as Error);
    return stream;
  };
  const onAbort = () => opened.forEach((s) => s.destroy(options.signal?.reason as Error));
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const { size } = await file.stat();
    if (options.onChunk) {
      const onChunk = options.onChunk;
      for await (const chunk of fdRange(file.fd, 0, size)) onChunk(chunk as Buffer);
    }
    zip = await openXlsxPackage(file.fd, size, options.onBytes, options.limits ?? ZIP_LIMITS);
    // Loaded on first use: a CSV import's worker starts without it (exceljs is large).
    const { default: ExcelJS } = await import('exceljs');
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(undefined as never, {
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'ignore',
    });
    // Worksheets read `sharedStrings[index]` and the shared-strings step assigns an array and pushes
    // each string: the store stands in for that array.
    const array = strings.asArray();
    Object.defineProperty(reader, 'sharedStrings', { get: () => array, set: () => undefined });
    const steps = reader as unknown as ReaderSteps;
    steps.model = {};
    const rels = await part('xl/_rels/workbook.xml.rels', STRUCTURE_BYTES);
    if (rels) await steps._parseRels(rels);
    const workbook = await part('xl/workbook.xml', STRUCTURE_BYTES);
    if (workbook) await steps._parseWorkbook(workbook);
    steps.model ??= {};
    const styles = await part('xl/styles.xml', STRUCTURE_BYTES);
    if (styles) await steps._parseStyles(styles);
    const shared = await part('xl/sharedStrings.xml');
    if (shared) for await (const _ of steps._parseSharedStrings(shared)) void _;
    const sheetName = firstSheetPart(steps, zip.names);
    const sheet = sheetName === null ? null : await part(sheetName);
    if (sheetName === null || sheet === null) throw new ImportFileError('import.unreadableXlsx');
    const sheetNo = /(\d+)\.xml$/.exec(sheetName)?.[1] ?? '1';
    for (const { value: worksheet } of steps._parseWorksheet(sheet, sheetNo)) {
      for await (const row of worksheet) {
        const values = row.values;
        const cells = Array.isArray(values) ? Array.from(values.slice(1), (v) => cellText(v)) : [];
        yield { line: row.number, cells };
      }
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    if (error instanceof Error && error.name === 'AbortError') throw error;
    throw new ImportFileError('import.unreadableXlsx', undefined, { cause: error });
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    for (const stream of opened) stream.destroy();
    zip?.close();
    strings.close();
    await file.close();
  }
}
