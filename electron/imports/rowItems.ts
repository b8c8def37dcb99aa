import type { ImportDelimiter, ReadItem } from '../../shared/imports/fileTypes';

/**
 * A multi-line cell holding what looks like whole rows: a quote opened and closed in the wrong places
 * glued several rows into one field. A real multi-line address seldom holds many delimiters per line.
 */
const isBrokenQuoteCell = (cell: string, delimiter: ImportDelimiter, width: number): boolean => {
  const firstBreak = cell.indexOf('\n');
  if (firstBreak < 0) return false;
  if (cell.startsWith('"')) return true; // csvRows keeps the quote of a quoted field that did not close cleanly
  const threshold = Math.max(2, Math.floor(width / 2));
  return cell
    .slice(firstBreak + 1)
    .split('\n')
    .some((line) => line.split(delimiter).length - 1 >= threshold);
};

/**
 * Cells of one data row -> a record keyed by header names, or a row error. Blank rows (all cells empty,
 * e.g. `;;;;` at the end of an Excel export) give null and are skipped silently.
 * For delimited text (`delimiter` given) the width must match the header: a short row is
 * `import.tooFewColumns`, a row with non-empty cells past the last header is `import.tooManyColumns`
 * (both usually a stray line break or delimiter that would shift values into the wrong columns).
 * XLSX rows may be shorter than the header (trailing empty cells are not stored).
 */
export const toReadItem = (
  line: number,
  cells: readonly string[],
  headers: readonly string[],
  delimiter: ImportDelimiter | null,
): ReadItem | null => {
  // Plain loops: this runs once per row of million-row files.
  let blank = true;
  let multiline = false;
  for (const cell of cells) {
    if (blank && cell.trim() !== '') blank = false;
    if (!multiline && cell.includes('\n')) multiline = true;
  }
  if (blank) return null;
  if (delimiter !== null) {
    const broken = multiline ? cells.findIndex((c) => isBrokenQuoteCell(c, delimiter, headers.length)) : -1;
    if (broken >= 0) {
      const lastLine = line + cells.reduce((n, c) => n + c.split('\n').length - 1, 0);
      const column = headers[broken];
      return { line, error: { reason: 'import.brokenQuote', lastLine, ...(column ? { column } : {}) } };
    }
    if (cells.length < headers.length) {
      return {
        line,
        error: { reason: 'import.tooFewColumns', expected: headers.length, found: cells.length },
      };
    }
    if (cells.length > headers.length && cells.slice(headers.length).some((c) => c.trim() !== '')) {
      return {
        line,
        error: { reason: 'import.tooManyColumns', expected: headers.length, found: cells.length },
      };
    }
  }
  const values: Record<string, string> = Object.create(null);
  for (let i = 0; i < headers.length; i++) values[headers[i] as string] = cells[i] ?? '';
  return { line, values };
};
