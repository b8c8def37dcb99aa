import { ImportFileError } from './importFileError';

export type FileKind = 'xlsx' | 'text';

const startsWith = (sample: Buffer, bytes: readonly number[]): boolean =>
  sample.length >= bytes.length && bytes.every((b, i) => sample[i] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const UTF16LE_BOM = [0xff, 0xfe];

/** Control bytes that never occur in a text export (tab, CR, LF and form feed excluded). */
const isControl = (b: number): boolean => b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x0b;

/**
 * What the file is by its first bytes, whatever its extension: an OOXML workbook (a zip holding
 * `[Content_Types].xml` or `xl/` parts), or text (no NUL bytes, almost no control bytes).
 * Anything else — images, archives, PDFs renamed `.csv` — is `import.notText`; a legacy `.xls`
 * (OLE compound file) gets its own reason so the officer can re-save it as XLSX or CSV.
 */
export const detectFileKind = (sample: Buffer): FileKind => {
  if (startsWith(sample, ZIP)) {
    const names = sample.toString('latin1');
    if (names.includes('[Content_Types].xml') || names.includes('xl/')) return 'xlsx';
    throw new ImportFileError('import.notText');
  }
  if (startsWith(sample, OLE)) throw new ImportFileError('import.xlsNotSupported');
  if (startsWith(sample, UTF16LE_BOM)) return 'text';
  let controls = 0;
  for (const b of sample) {
    if (b === 0) throw new ImportFileError('import.notText');
    if (isControl(b)) controls++;
  }
  if (controls > sample.length / 100) throw new ImportFileError('import.notText');
  return 'text';
};
