import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import JSZip from 'jszip';

/** The parts of a minimal valid XLSX workbook; `sheet` and `strings` are the XML of the two data parts. */
const parts = (sheet: string, strings: string): Record<string, string> => ({
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    '</Types>',
  '_rels/.rels':
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
    '</Relationships>',
  'xl/workbook.xml':
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
    '<sheet name="Заказы" sheetId="1" r:id="rId1"/></sheets></workbook>',
  'xl/_rels/workbook.xml.rels':
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' +
    '</Relationships>',
  'xl/sharedStrings.xml': strings,
  'xl/worksheets/sheet1.xml': sheet,
});

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const column = (i: number) => String.fromCharCode(65 + i);

/** A sheet of rows whose cells are shared-string indexes. */
export const sheetXml = (rows: number[][]) =>
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
  rows
    .map(
      (cells, r) =>
        `<row r="${r + 1}">${cells.map((s, c) => `<c r="${column(c)}${r + 1}" t="s"><v>${s}</v></c>`).join('')}</row>`,
    )
    .join('') +
  '</sheetData></worksheet>';

export const sharedStringsXml = (strings: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">` +
  strings.map((s) => `<si><t>${escape(s)}</t></si>`).join('') +
  '</sst>';

/** Writes a workbook from its sheet and shared-strings XML (strings may be a generator of XML chunks). */
export const writeXlsx = async (
  path: string,
  sheet: string,
  strings: string | (() => AsyncIterable<string>),
) => {
  const zip = new JSZip();
  const all = parts(sheet, typeof strings === 'string' ? strings : '');
  // The sheet before the shared strings, as Excel stores them (the reader must cope with that order).
  for (const [name, xml] of Object.entries(all)) {
    if (name === 'xl/sharedStrings.xml' && typeof strings !== 'string') {
      const { Readable } = await import('node:stream');
      zip.file(name, Readable.from(strings()) as unknown as NodeJS.ReadableStream, { binary: false });
    } else zip.file(name, xml);
  }
  const out = createWriteStream(path);
  zip
    .generateNodeStream({
      type: 'nodebuffer',
      streamFiles: true,
      compression: 'DEFLATE',
      compressionOptions: { level: 1 },
    })
    .pipe(out);
  await once(out, 'finish');
};

/** The header and rows of a small order list as a valid workbook. */
export const writeOrdersXlsx = async (path: string, rows = 3) => {
  const header = ['Номер заказа', 'ФИО', 'Телефон', 'Служба доставки'];
  const strings = [...header];
  const table: number[][] = [header.map((_, i) => i)];
  for (let i = 0; i < rows; i++) {
    const row = [`${1000 + i}`, `Покупатель ${i}`, `0555 ${String(100000 + i)}`, 'СДЭК'];
    table.push(row.map((value) => strings.push(value) - 1));
  }
  await writeXlsx(path, sheetXml(table), sharedStringsXml(strings));
};

export { writeFile };
