import type { Readable } from 'node:stream';
import type { SourceRow } from './csvRows';
import { cellText } from './cellText';
import { ImportFileError } from './importFileError';
import { SharedStringStore } from './sharedStringStore';

/**
 * Rows of the first worksheet of an XLSX stream, with their sheet row numbers, read with exceljs's
 * streaming reader. Shared strings live in a SharedStringStore (bounded memory, the rest spilled to a
 * temporary file) instead of exceljs's array of every string; styles are cached (needed to recognise
 * dates; a workbook has few). A sheet stored before the shared strings is spooled to a temp file by
 * exceljs, not held in memory. Empty rows are not stored in XLSX and are not yielded.
 */
export async function* xlsxRows(
  input: Readable,
  /** Bytes of shared strings kept in memory before the rest is spilled (see SharedStringStore). */
  sharedStringsMemoryBytes?: number,
): AsyncGenerator<SourceRow> {
  // Loaded on first use: a CSV import's worker starts without it (exceljs is large).
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  // exceljs keeps shared strings in `reader.sharedStrings` (it sets an array on reaching
  // xl/sharedStrings.xml, pushes each string, and worksheets read `sharedStrings[index]`; until it is
  // set, a worksheet is spooled to disk). The store stands in for that array.
  const strings = new SharedStringStore(sharedStringsMemoryBytes);
  const array = strings.asArray();
  let reached = false;
  Object.defineProperty(reader, 'sharedStrings', {
    get: () => (reached ? array : undefined),
    set: () => void (reached = true),
  });
  // exceljs reads the sheet names from `model`, which it only sets on reaching xl/workbook.xml; a
  // worksheet parsed before that (entry order, seen intermittently) would throw on `model.sheets`.
  // An empty model just leaves the sheet unnamed, and only the first sheet's rows are used here.
  const withModel = reader as unknown as { model?: object };
  withModel.model ??= {};
  let sheets = 0;
  try {
    for await (const sheet of reader) {
      sheets++;
      for await (const row of sheet) {
        const values = row.values;
        const cells = Array.isArray(values) ? Array.from(values.slice(1), (v) => cellText(v)) : [];
        yield { line: row.number, cells };
      }
      return; // first worksheet only
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    if (error instanceof Error && error.name === 'AbortError') throw error;
    throw new ImportFileError('import.unreadableXlsx', undefined, { cause: error });
  } finally {
    strings.close();
  }
  if (sheets === 0) throw new ImportFileError('import.unreadableXlsx');
}
