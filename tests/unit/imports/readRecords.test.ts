import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportFileError, readRecords, sniffFile } from '../../../electron/imports';
import { csvRows } from '../../../electron/imports/csvRows';
import { TextDecodeStream } from '../../../electron/imports/textDecodeStream';
import type { ReadItem } from '../../../shared/imports';
import { bitrixLikeCsv, collect, fixture, tempFolder } from './fixtures';

const temp = tempFolder();
afterAll(() => temp.cleanup());

const readAll = async (path: string): Promise<ReadItem[]> =>
  collect(readRecords(path, await sniffFile(path)));
const summary = (items: ReadItem[]): string[] =>
  items.map((i) => ('error' in i ? `${i.line}:${i.error.reason}` : `${i.line}`));

describe('readRecords: CSV', () => {
  it('starts quoted multi-line records on their first physical line (CRLF, cp1251, title lines)', async () => {
    const items = await readAll(fixture('bitrix-orders-cp1251.csv'));
    expect(summary(items)).toEqual(['4', '6']);
    expect(items[0]).toMatchObject({
      values: {
        ФИО: 'Иванов Иван Иванович',
        'Адрес доставки': 'г. Москва; ул. Ленина, 1\nкв. 5',
        Сумма: '1500',
      },
    });
  });

  it('reports short, long and broken-quote rows with their lines and keeps reading', async () => {
    const items = await readAll(fixture('broken-rows.csv'));
    expect(summary(items)).toEqual([
      '2',
      '3:import.tooFewColumns',
      '4:import.tooManyColumns',
      '5',
      '6:import.brokenQuote',
      '9',
      '10',
      '11',
      '14',
      '16',
      '17',
      '18',
      '19',
    ]);
    expect(items[4]).toEqual({
      line: 6,
      error: { reason: 'import.brokenQuote', column: 'ФИО', lastLine: 8 },
    });
    expect(items[6]).toMatchObject({ values: { ФИО: 'ООО "Ромашка"' } });
    expect(items[7]).toMatchObject({ values: { 'Служба доставки': 'Курьер; до двери\nс подъёмом' } });
  });

  it('stops at a quote that is never closed, after yielding every row before it', async () => {
    const path = fixture('unclosed-quote.csv');
    const seen: ReadItem[] = [];
    const error = await (async () => {
      for await (const item of readRecords(path, await sniffFile(path))) seen.push(item);
    })().catch((e: unknown) => e);
    expect(summary(seen)).toEqual(['2', '3']);
    expect(error).toBeInstanceOf(ImportFileError);
    expect(error).toMatchObject({ reason: 'import.unclosedQuote', line: 4 });
  });

  it('stops an unclosed quote in a big file after a bounded amount of text', async () => {
    const rows = bitrixLikeCsv(20_000).split('\n');
    rows[101] = rows[101]?.replace('Покупатель', '"Покупатель') ?? '';
    const path = temp.file(
      'unclosed-big.csv',
      rows.join('\n').replaceAll('"ул.', 'ул.').replaceAll('"\n', '\n'),
    );
    const sniff = await sniffFile(path);
    let read = 0;
    const error = await (async () => {
      for await (const item of readRecords(path, sniff, { onProgress: (bytes) => (read = bytes) })) void item;
    })().catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'import.unclosedQuote', line: 102 });
    expect(read).toBeLessThan(sniff.fileSize);
  });

  it('reads every encoding and delimiter fixture to the same values as its preview', async () => {
    for (const name of [
      'shopify-orders.csv',
      'woocommerce-orders.csv',
      'kazakh-rk1048.csv',
      'excel-unicode.txt',
      'generic-tab.txt',
    ]) {
      const sniff = await sniffFile(fixture(name));
      expect(await collect(readRecords(fixture(name), sniff))).toEqual(sniff.preview);
    }
  });

  it('yields nothing for a headers-only file', async () => {
    expect(await readAll(fixture('headers-only.csv'))).toEqual([]);
  });

  it('refuses to read when the header row changed since the sniff', async () => {
    const path = temp.file('changing.csv', 'Номер заказа;ФИО\n1;Ким\n');
    const sniff = await sniffFile(path);
    temp.file('changing.csv', 'Номер;ФИО\n1;Ким\n');
    await expect(collect(readRecords(path, sniff))).rejects.toMatchObject({
      reason: 'import.headerNotFound',
      line: 1,
    });
  });

  it('decodes CRLF and multi-byte letters split between chunks', async () => {
    const bytes = Buffer.from('a;b\r\n"Ё\r\nж";2\r\n\r\nc;d\r', 'utf8');
    const chunks = [...bytes].map((b) => Buffer.from([b])); // one byte per chunk
    const rows = [];
    for await (const row of csvRows(Readable.from(chunks).pipe(new TextDecodeStream('utf8')), ';'))
      rows.push(row);
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['Ё\nж', '2'] },
      { line: 5, cells: ['c', 'd'] },
    ]);
  });
});

describe('readRecords: XLSX', () => {
  it('reads the first sheet below its header with typed cells as text', async () => {
    const items = await readAll(fixture('bitrix-orders.xlsx'));
    expect(summary(items)).toEqual(['4', '5', '6', '8']);
    expect(items[0]).toMatchObject({
      values: {
        'Номер заказа': '7001',
        'Дата создания': '2025-01-15T10:22:33',
        Телефон: '79161234567',
        'E-mail': 'ivan@example.ru',
        'Адрес доставки': 'Москва, Ленина 1',
        Сумма: '1500',
      },
    });
    expect(items[1]).toMatchObject({
      values: { 'Дата создания': '2025-01-16', ФИО: 'Әлия Қасымова', Сумма: '0.3' },
    });
    expect(items[3]).toMatchObject({ values: { 'Дата создания': '2025-01-18T09:30:00', Телефон: '' } });
  });
});

describe('readRecords: progress, abort, memory', () => {
  const big = temp.file('big.csv', bitrixLikeCsv(60_000)); // ~5 MB

  it('reports increasing progress that ends at the file size', async () => {
    const sniff = await sniffFile(big);
    const calls: [number, number][] = [];
    let rows = 0;
    for await (const item of readRecords(big, sniff, {
      onProgress: (read, total) => calls.push([read, total]),
    })) {
      if ('values' in item) rows++;
    }
    expect(rows).toBe(60_000);
    expect(calls.length).toBeGreaterThan(10);
    expect(
      calls.every(([read, total], i) => total === sniff.fileSize && read >= (calls[i - 1]?.[0] ?? 0)),
    ).toBe(true);
    expect(calls.at(-1)).toEqual([sniff.fileSize, sniff.fileSize]);
  });

  it('numbers the lines of a long file with multi-line records exactly', async () => {
    const items = await collect(readRecords(big, await sniffFile(big)));
    // rows 1..9 take one line each, row 10 two lines, and so on: row i starts on line i + 1 + floor((i-1)/10)
    const expectedLine = (i: number): number => i + 1 + Math.floor((i - 1) / 10);
    expect(items[59_999]?.line).toBe(expectedLine(60_000));
    expect(items.every((item, k) => item.line === expectedLine(k + 1))).toBe(true);
  });

  it('stops promptly when aborted, with the signal reason', async () => {
    const sniff = await sniffFile(big);
    const controller = new AbortController();
    let read = 0;
    let rows = 0;
    const error = await (async () => {
      for await (const item of readRecords(big, sniff, {
        signal: controller.signal,
        onProgress: (b) => (read = b),
      })) {
        void item;
        if (++rows === 1000) controller.abort();
      }
    })().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(rows).toBe(1000);
    expect(read).toBeLessThan(sniff.fileSize / 4);
  });

  it('rejects at once with an already aborted signal, and aborts XLSX reads too', async () => {
    const sniff = await sniffFile(big);
    await expect(collect(readRecords(big, sniff, { signal: AbortSignal.abort() }))).rejects.toMatchObject({
      name: 'AbortError',
    });
    const xlsx = fixture('bitrix-orders.xlsx');
    const controller = new AbortController();
    const error = await (async () => {
      for await (const item of readRecords(xlsx, await sniffFile(xlsx), { signal: controller.signal })) {
        void item;
        controller.abort();
      }
    })().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AbortError' });
  });

  it('does not read ahead of the consumer (backpressure)', async () => {
    const sniff = await sniffFile(big);
    let read = 0;
    const iterator = readRecords(big, sniff, { onProgress: (b) => (read = b) })[Symbol.asyncIterator]();
    await iterator.next();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(read).toBeLessThan(1024 * 1024);
    await iterator.return(undefined);
  });
});
