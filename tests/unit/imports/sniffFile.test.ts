import { afterAll, describe, expect, it } from 'vitest';
import { ImportFileError, sniffFile } from '../../../electron/imports';
import type { FileSniff } from '../../../shared/imports';
import { bitrixLikeCsv, fixture, tempFolder } from './fixtures';

const temp = tempFolder();
afterAll(() => temp.cleanup());

const lines = (sniff: FileSniff): number[] => sniff.preview.map((item) => item.line);
const failure = async (path: string): Promise<unknown> => sniffFile(path).catch((error: unknown) => error);

describe('sniffFile: detection for every fixture', () => {
  it.each([
    ['shopify-orders.csv', 'csv', 'utf8', 'utf8', ',', 1, [2, 3, 4, 6, 7, 8]],
    ['woocommerce-orders.csv', 'csv', 'utf8', 'bom', ',', 1, [2, 3, 4]],
    ['overlap-a.csv', 'csv', 'utf8', 'utf8', ',', 1, [2, 3, 4, 5]],
    ['overlap-b.csv', 'csv', 'utf8', 'utf8', ',', 1, [2, 3, 4, 5]],
    ['opencart-orders.csv', 'csv', 'utf8', 'utf8', ';', 1, [2, 3]],
    ['opencart-ru-cp1251.csv', 'csv', 'cp1251', 'fallback', ';', 1, [2, 3]],
    ['bitrix-orders-cp1251.csv', 'csv', 'cp1251', 'fallback', ';', 3, [4, 6]],
    ['kazakh-utf8.csv', 'csv', 'utf8', 'utf8', ';', 1, [2, 3, 4, 5, 6]],
    ['kazakh-rk1048.csv', 'csv', 'rk1048', 'kazakhLetters', ';', 1, [2, 3, 4, 5, 6]],
    ['generic-tab.txt', 'txt', 'utf8', 'utf8', '\t', 1, [2, 3]],
    ['excel-unicode.txt', 'txt', 'utf16le', 'bom', '\t', 1, [2, 3]],
    ['broken-rows.csv', 'csv', 'utf8', 'utf8', ';', 1, [2, 3, 4, 5, 6, 9, 10, 11, 14, 16, 17, 18, 19]],
    ['headers-only.csv', 'csv', 'utf8', 'utf8', ';', 1, []],
    ['bitrix-orders.xlsx', 'xlsx', null, null, null, 3, [4, 5, 6, 8]],
    ['workbook-renamed.csv', 'xlsx', null, null, null, 3, [4, 5, 6, 8]],
  ])(
    '%s: %s, %s (%s), delimiter %j, header on line %i',
    async (name, format, encoding, source, delimiter, headerLine, preview) => {
      const sniff = await sniffFile(fixture(name));
      expect(sniff).toMatchObject({ format, encoding, encodingSource: source, delimiter, headerLine });
      expect(lines(sniff)).toEqual(preview);
      expect(sniff.headersOnly).toBe(preview.length === 0);
    },
  );

  it('reads Windows-1251 Russian headers and values, skipping title lines above the header', async () => {
    const sniff = await sniffFile(fixture('bitrix-orders-cp1251.csv'));
    expect(sniff.headers).toEqual([
      'Номер заказа',
      'Дата создания',
      'ФИО',
      'Телефон',
      'E-mail',
      'Адрес доставки',
      'Служба доставки',
      'Платёжная система',
      'Сумма',
    ]);
    expect(sniff.preview[0]).toMatchObject({
      line: 4,
      values: { 'Адрес доставки': 'г. Москва; ул. Ленина, 1\nкв. 5' },
    });
    expect(sniff.preview[1]).toMatchObject({ values: { 'Адрес доставки': 'ООО "Ромашка", Тверская 5' } });
  });

  it('reads Kazakh letters in UTF-8 and KZ-1048 alike, and lets the officer force an encoding', async () => {
    const names = (s: FileSniff): string[] =>
      s.preview.map((i) => ('values' in i ? (i.values['ФИО'] ?? '') : ''));
    const expected = [
      'Әсел Ғабитқызы',
      'Қайрат Ұлықбеков',
      'Нұрлан Өмірзақов',
      'Үміт Һадиева',
      'Іңкәр Серікқызы',
    ];
    expect(names(await sniffFile(fixture('kazakh-utf8.csv')))).toEqual(expected);
    expect(names(await sniffFile(fixture('kazakh-rk1048.csv')))).toEqual(expected);
    const forced = await sniffFile(fixture('kazakh-rk1048.csv'), { encoding: 'cp1251' });
    expect(forced).toMatchObject({ encoding: 'cp1251', encodingSource: 'forced' });
    expect(names(forced)[0]).toBe('Јсел Єабитќызы');
  });

  it('skips the BOM bytes and strips nothing else', async () => {
    const sniff = await sniffFile(fixture('woocommerce-orders.csv'));
    expect(sniff.bomLength).toBe(3);
    expect(sniff.headers[0]).toBe('order_id');
    expect((await sniffFile(fixture('excel-unicode.txt'))).bomLength).toBe(2);
  });

  it('flags a file with only a header row', async () => {
    const sniff = await sniffFile(fixture('headers-only.csv'));
    expect(sniff).toMatchObject({ headersOnly: true, preview: [], fileSize: 183 });
    expect(sniff.headers).toHaveLength(9);
  });

  it('shows row errors in the preview exactly as the read will report them', async () => {
    const sniff = await sniffFile(fixture('broken-rows.csv'));
    expect(sniff.preview.filter((i) => 'error' in i)).toEqual([
      { line: 3, error: { reason: 'import.tooFewColumns', expected: 6, found: 4 } },
      { line: 4, error: { reason: 'import.tooManyColumns', expected: 6, found: 7 } },
      { line: 6, error: { reason: 'import.brokenQuote', column: 'ФИО', lastLine: 8 } },
    ]);
    const unclosed = await sniffFile(fixture('unclosed-quote.csv'));
    expect(unclosed.preview.map((i) => ('error' in i ? `${i.line}:${i.error.reason}` : i.line))).toEqual([
      2,
      3,
      '4:import.unclosedQuote',
    ]);
  });

  it('makes duplicate headers unique and reports them', async () => {
    const path = temp.file(
      'dup.csv',
      'Телефон;ФИО;телефон;;Номер заказа\n+79161234567;Ким;89031112233;x;1\n',
    );
    const sniff = await sniffFile(path);
    expect(sniff.headers).toEqual(['Телефон', 'ФИО', 'телефон (2)', '#4', 'Номер заказа']);
    expect(sniff.duplicateHeaders).toEqual([{ column: 3, header: 'телефон', renamedTo: 'телефон (2)' }]);
    expect(sniff.preview[0]).toMatchObject({
      values: { Телефон: '+79161234567', 'телефон (2)': '89031112233' },
    });
  });
});

describe('sniffFile: files that cannot be imported', () => {
  it.each([
    ['empty.csv', 'import.emptyFile'],
    ['blank-lines.csv', 'import.emptyFile'],
    ['binary-png.csv', 'import.notText'],
    ['archive-zip.csv', 'import.notText'],
    ['legacy.xls', 'import.xlsNotSupported'],
  ])('%s -> %s', async (name, reason) => {
    const error = await failure(fixture(name));
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as ImportFileError).reason).toBe(reason);
  });

  it('rejects text with many control bytes and a BOM-only file', async () => {
    const controls = Buffer.from('a;b\n\u0001\u0002\u0003;\u0004\u0005\n', 'latin1');
    expect(await failure(temp.file('controls.csv', controls))).toMatchObject({ reason: 'import.notText' });
    expect(await failure(temp.file('bom.csv', Buffer.from([0xef, 0xbb, 0xbf])))).toMatchObject({
      reason: 'import.emptyFile',
    });
  });
});

describe('sniffFile: large files', () => {
  it('reads only a sample and keeps UTF-8 when the sample ends inside a multi-byte letter', async () => {
    const header = 'Номер заказа;ФИО;Телефон\n';
    let body = '';
    for (let i = 0; Buffer.byteLength(header + body) < 70_000; i++)
      body += `${i};Ёлкина Жанна Жумабековна;+79161234567\n`;
    const bytes = Buffer.from(header + body, 'utf8');
    // Shift the text by one ASCII byte until byte 65 535 starts a two-byte letter.
    const shifted = [0, 1, 2, 3, 4, 5].map((pad) => Buffer.concat([Buffer.from(' '.repeat(pad)), bytes]));
    const cut = shifted.find((b) => (b[65_535] ?? 0) >= 0xc0);
    expect(cut).toBeDefined();
    const sniff = await sniffFile(temp.file('cut.csv', cut as Buffer));
    expect(sniff).toMatchObject({
      encoding: 'utf8',
      encodingSource: 'utf8',
      delimiter: ';',
      headersOnly: false,
    });
    expect(sniff.preview).toHaveLength(20);
    expect(sniff.fileSize).toBe((cut as Buffer).length);
  });

  it('ignores a quoted field cut by the end of the sample', async () => {
    const text = bitrixLikeCsv(1500); // ~100 KB
    const sniff = await sniffFile(temp.file('big.csv', text));
    expect(sniff.preview).toHaveLength(20);
    expect(sniff.preview.every((i) => 'values' in i)).toBe(true);
    expect(sniff.preview.at(-1)?.line).toBe(22);
  });
});
