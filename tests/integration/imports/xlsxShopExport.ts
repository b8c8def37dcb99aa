import { ZipWriter } from './xlsxZipWriter';

/** Deterministic PRNG (mulberry32): the same seed gives the same workbook. */
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const SURNAMES = ['Иванов', 'Асанов', 'Токтогулов', 'Кузнецов', 'Абдыкадыров', 'Омуралиев', 'Жумабеков'];
const NAMES = ['Иван', 'Бакыт', 'Айбек', 'Нурлан', 'Сергей', 'Азамат', 'Эрлан', 'Данияр'];
const PATRONYMICS = ['Иванович', 'Бакытович', 'Сергеевич', 'Асанович', 'Маратович'];
const CITIES = ['г. Бишкек', 'г. Ош', 'г. Каракол', 'г. Токмок', 'г. Нарын'];
const STREETS = ['ул. Киевская', 'пр. Чуй', 'ул. Токтогула', 'ул. Ленина', 'мкр. Джал'];
export const SHOP_DELIVERY = ['СДЭК', 'Кыргыз почтасы', 'Курьер Бишкек', 'Самовывоз', 'Экспресс Доставка'];
export const SHOP_PAYMENT = ['Банковская карта', 'Наличные', 'Элсом', 'Optima Bank', 'MBank'];
export const SHOP_HEADERS = [
  'Номер заказа',
  'Дата создания',
  'ФИО',
  'Телефон',
  'E-mail',
  'Город',
  'Адрес доставки',
  'Служба доставки',
  'Платежная система',
  'Сумма',
];

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;

/** The name a buyer always orders under (Cyrillic, three words). */
export const buyerName = (buyer: number) =>
  `${SURNAMES[buyer % SURNAMES.length]} ${NAMES[(buyer >> 3) % NAMES.length]} ${PATRONYMICS[(buyer >> 6) % PATRONYMICS.length]}`;

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const COLUMNS = 'ABCDEFGHIJ';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
/** Excel's serial day number of an instant (days since 1899-12-30). */
const excelDate = (ms: number) => ms / 86_400_000 + 25_569;

/** The package parts around the data: content types, relationships, workbook, styles (a date format). */
const frameParts: Record<string, string> = {
  '[Content_Types].xml':
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/>` +
    `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${TYPE}.worksheet+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${TYPE}.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${TYPE}.sharedStrings+xml"/></Types>`,
  '_rels/.rels': `${HEAD}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  'xl/workbook.xml': `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${DOC}"><sheets><sheet name="Заказы" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  'xl/_rels/workbook.xml.rels':
    `${HEAD}<Relationships xmlns="${RELS}">` +
    `<Relationship Id="rId1" Type="${DOC}/worksheet" Target="worksheets/sheet1.xml"/>` +
    `<Relationship Id="rId2" Type="${DOC}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId3" Type="${DOC}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  'xl/styles.xml':
    `${HEAD}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    '<xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
};

/**
 * A shop's order list as Excel stores it — shared strings, a styled date-time cell, numbers — one
 * row per order, buyers drawn from a pool of 30 % of the rows (~3.5 orders per buyer, same name, phone
 * and e-mail), generated from a fixed
 * seed and streamed into the zip (ZipWriter) as it is produced. Returns the number of distinct buyers,
 * the persons the ledger must end up with.
 */
export const writeShopExportXlsx = async (path: string, rows: number, seed = 20261207): Promise<number> => {
  const rnd = prng(seed);
  const strings = new Map<string, number>();
  const shared = (text: string) => {
    let index = strings.get(text);
    if (index === undefined) strings.set(text, (index = strings.size));
    return index;
  };
  const buyers = new Set<number>();
  const pool = Math.max(1, Math.floor(rows * 0.3));
  const cell = (column: number, line: number, value: string) =>
    `<c r="${COLUMNS[column]}${line}"${value}</c>`;
  const textCell = (column: number, line: number, text: string) =>
    cell(column, line, ` t="s"><v>${shared(text)}</v>`);
  const numberCell = (column: number, line: number, n: number, style = '') =>
    cell(column, line, `${style}><v>${n}</v>`);
  function* sheet() {
    yield `${HEAD}<worksheet xmlns="${MAIN}"><sheetData>`;
    yield `<row r="1">${SHOP_HEADERS.map((h, c) => textCell(c, 1, h)).join('')}</row>`;
    let chunk = '';
    for (let i = 0; i < rows; i++) {
      const line = i + 2;
      const buyer = Math.floor(rnd() * pool);
      buyers.add(buyer);
      const ordered = Date.UTC(2025, Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28), 10, 30);
      chunk +=
        `<row r="${line}">` +
        numberCell(0, line, 1_000_000 + i) +
        numberCell(1, line, excelDate(ordered), ' s="1"') +
        textCell(2, line, buyerName(buyer)) +
        textCell(3, line, `+996 555 ${String(buyer).padStart(6, '0')}`) +
        textCell(4, line, `buyer${buyer}@example.kg`) +
        textCell(5, line, pick(rnd, CITIES)) +
        textCell(6, line, `${pick(rnd, STREETS)}, ${1 + Math.floor(rnd() * 200)}`) +
        textCell(7, line, pick(rnd, SHOP_DELIVERY)) +
        textCell(8, line, pick(rnd, SHOP_PAYMENT)) +
        numberCell(9, line, Math.round(rnd() * 500_000) / 100) +
        '</row>';
      if (chunk.length > 1 << 16) {
        yield chunk;
        chunk = '';
      }
    }
    yield `${chunk}</sheetData></worksheet>`;
  }
  function* sharedStrings() {
    yield `${HEAD}<sst xmlns="${MAIN}" uniqueCount="${strings.size}">`;
    let chunk = '';
    for (const text of strings.keys()) {
      chunk += `<si><t>${xmlText(text)}</t></si>`;
      if (chunk.length > 1 << 16) {
        yield chunk;
        chunk = '';
      }
    }
    yield `${chunk}</sst>`;
  }
  const zip = new ZipWriter(path);
  for (const [name, xml] of Object.entries(frameParts)) await zip.entry(name, [xml]);
  await zip.entry('xl/worksheets/sheet1.xml', sheet());
  await zip.entry('xl/sharedStrings.xml', sharedStrings());
  await zip.finish();
  return buyers.size;
};
