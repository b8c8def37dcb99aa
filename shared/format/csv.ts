/**
 * One cell guard for every CSV the app writes (registers, rejected rows, the audit trail): a value a
 * spreadsheet would read as a formula (OWASP "CSV injection": = + - @, TAB, CR, LF, and their
 * full-width forms) is prefixed with an apostrophe, so Excel and LibreOffice show it as text.
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

export const CSV_DELIMITER = ';';
const UTF8_BOM = '\uFEFF';

export const neutraliseFormula = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

/** RFC 4180 quoting with `;` as the delimiter (what Excel expects in Russian locales). */
export const csvField = (value: string): string =>
  /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/** A safe, quoted cell. */
export const csvCell = (value: string | number): string => csvField(neutraliseFormula(String(value)));

export const csvLine = (cells: readonly (string | number)[]): string =>
  cells.map(csvCell).join(CSV_DELIMITER);

/** UTF-8 with BOM (Excel detects the encoding; Kazakh letters survive), CRLF line ends. */
export const csvDocument = (lines: readonly string[]): Uint8Array =>
  new TextEncoder().encode(`${UTF8_BOM}${lines.join('\r\n')}\r\n`);
