import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { cellText } from '../../../electron/imports/cellText';
import { detectDelimiter, fieldCounts } from '../../../electron/imports/delimiter';
import { detectFileKind } from '../../../electron/imports/fileKind';
import { decodeSample, detectEncoding } from '../../../electron/imports/textEncoding';

const cp1251Bytes = (): Buffer => iconv.encode('Ёлкина;Щукин\n', 'cp1251');

describe('delimiter detection', () => {
  it('counts fields quote-aware, across quoted line breaks, skipping blank lines', () => {
    expect(fieldCounts('a;b;c\n"x;y\nz";2;3\n\n4;"5""";6\n', ';')).toEqual([3, 3, 3]);
  });

  it.each([
    ['a;b;c\n1;2;3\n', ';'],
    ['a,b,c\n1,2,3\n', ','],
    ['a\tb\tc\n1\t2\t3\n', '\t'],
    // every address holds a comma: `;` still wins because it gives more columns
    ['id;name;address\n1;Ким;Москва, Ленина 1\n2;Ли;Казань, Мира 2\n', ';'],
    // quoted commas do not count
    ['id,name,address\n1,Ким,"Москва; Ленина, 1"\n2,Ли,"Казань; Мира, 2"\n', ','],
    // a title line and an inconsistent row do not throw it off
    ['Заказы\nid;name;phone\n1;Ким;+7\n2;Ли, Пак;+7\n3;Цой;+7\n', ';'],
    ['single column\nvalue\n', ','],
  ])('%j -> %j', (text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });
});

describe('encoding detection', () => {
  const cp1251 = iconv.encode('ФИО;Телефон\nИванов;+7\n', 'cp1251');

  it('trusts a BOM, then a strict UTF-8 decode, then falls back to Windows-1251', () => {
    expect(detectEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x41]), true)).toEqual({
      encoding: 'utf8',
      source: 'bom',
      bomLength: 3,
    });
    expect(detectEncoding(Buffer.from([0xff, 0xfe, 0x41, 0]), true)).toEqual({
      encoding: 'utf16le',
      source: 'bom',
      bomLength: 2,
    });
    expect(detectEncoding(Buffer.from('ФИО;Телефон\n', 'utf8'), true)).toMatchObject({
      encoding: 'utf8',
      source: 'utf8',
    });
    expect(detectEncoding(Buffer.from('order_id;email\n', 'utf8'), true)).toMatchObject({ encoding: 'utf8' });
    expect(detectEncoding(cp1251, true)).toEqual({ encoding: 'cp1251', source: 'fallback', bomLength: 0 });
  });

  it('tolerates a letter cut at the end of a partial sample, but not of a complete file', () => {
    const cut = Buffer.from('ФИО', 'utf8').subarray(0, 5);
    expect(detectEncoding(cut, false).encoding).toBe('utf8');
    expect(detectEncoding(cut, true).encoding).toBe('cp1251');
  });

  it('recognises KZ-1048 by Kazakh letters inside words; Russian-only text stays cp1251', () => {
    expect(detectEncoding(iconv.encode('Әсел Ғабитқызы;Нұрлан\n', 'rk1048'), true)).toMatchObject({
      encoding: 'rk1048',
      source: 'kazakhLetters',
    });
    expect(detectEncoding(iconv.encode('Иванов «Ромашка» № 5 — ёлка\n', 'cp1251'), true).encoding).toBe(
      'cp1251',
    );
  });

  it('a forced encoding wins but the BOM bytes are still skipped', () => {
    expect(detectEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x41]), true, 'cp1251')).toEqual({
      encoding: 'cp1251',
      source: 'forced',
      bomLength: 3,
    });
  });

  it('decodes a partial sample up to its last complete line, with LF line ends', () => {
    expect(decodeSample(cp1251, 'cp1251', true)).toBe('ФИО;Телефон\nИванов;+7\n');
    expect(decodeSample(Buffer.from('a;b\r\nc;d\r\ne;', 'utf8'), 'utf8', false)).toBe('a;b\nc;d\n');
  });
});

describe('file kind by content', () => {
  it('tells XLSX from other zips and text from binary', () => {
    expect(detectFileKind(Buffer.from('PK\u0003\u0004....[Content_Types].xml', 'latin1'))).toBe('xlsx');
    expect(() => detectFileKind(Buffer.from('PK\u0003\u0004....photo.jpg', 'latin1'))).toThrow(
      'import.notText',
    );
    expect(detectFileKind(Buffer.from('ФИО;Телефон\r\n\tИванов;+7\f\n', 'utf8'))).toBe('text');
    expect(detectFileKind(cp1251Bytes())).toBe('text');
    expect(() => detectFileKind(Buffer.from('a;b\u0000c', 'latin1'))).toThrow('import.notText');
  });
});

describe('XLSX cell text', () => {
  it('turns typed cells into the text a CSV export would hold', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(79161234567)).toBe('79161234567');
    expect(cellText(0.1 + 0.2)).toBe('0.3');
    expect(cellText(1e21)).toBe('1e+21');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(new Date(Date.UTC(2025, 0, 15)))).toBe('2025-01-15');
    expect(cellText(new Date(Date.UTC(2025, 0, 15, 10, 22, 33)))).toBe('2025-01-15T10:22:33');
    expect(cellText({ formula: 'A1+1', result: 42, date1904: false })).toBe('42');
    expect(cellText({ sharedFormula: 'A1', result: 'x', date1904: false })).toBe('x');
    expect(cellText({ richText: [{ text: 'Москва, ' }, { text: 'Ленина 1' }] })).toBe('Москва, Ленина 1');
    expect(cellText({ text: 'ivan@example.ru', hyperlink: 'mailto:ivan@example.ru' })).toBe(
      'ivan@example.ru',
    );
    expect(cellText({ error: '#N/A' })).toBe('');
  });
});
