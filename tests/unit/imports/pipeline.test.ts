import { describe, expect, it } from 'vitest';
import { readRecords, sniffFile } from '../../../electron/imports';
import {
  detectPreset,
  groupOrderItems,
  mapOrderGroup,
  mapRecord,
  presetById,
  subjectKeys,
  type DefaultCountry,
  type OrderRow,
  type PresetId,
  type RowIssue,
} from '../../../shared/imports';
import { fixture } from './fixtures';

/** The lead's worker loop in miniature: what an import of one file yields. */
const importFile = async (
  name: string,
  defaultCountry: DefaultCountry,
): Promise<{ presetId: PresetId; rows: OrderRow[]; rejected: RowIssue[]; warnings: RowIssue[] }> => {
  const path = fixture(name);
  const sniff = await sniffFile(path);
  const [best] = detectPreset(sniff.headers);
  if (best === undefined) throw new Error('no preset');
  const rows: OrderRow[] = [];
  const rejected: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const groupBy = presetById(best.presetId).groupBy;
  const keyHeader = groupBy ? best.mapping[groupBy.field] : undefined;
  const items = keyHeader ? groupOrderItems(readRecords(path, sniff), keyHeader) : readRecords(path, sniff);
  for await (const item of items) {
    if ('error' in item) {
      rejected.push({
        line: item.line,
        column: item.error.column ?? null,
        reason: item.error.reason,
        value: '',
      });
      continue;
    }
    const result =
      'rowCount' in item
        ? mapOrderGroup(item, best.mapping, { defaultCountry })
        : mapRecord(item.values, best.mapping, { defaultCountry, line: item.line });
    if (result.ok) {
      rows.push(result.row);
      warnings.push(...result.warnings);
    } else rejected.push(...result.errors);
  }
  return { presetId: best.presetId, rows, rejected, warnings };
};

describe('import pipeline over the fixtures', () => {
  it('Shopify: one order per Name, buyer from billing, consignee from shipping', async () => {
    const { presetId, rows, rejected } = await importFile('shopify-orders.csv', 'KG');
    expect(presetId).toBe('shopifyOrders');
    expect(rejected).toEqual([]);
    expect(rows.map((r) => [r.externalOrderId, r.line, r.orderDate])).toEqual([
      ['#1001', 2, '2025-01-15T10:22:33'],
      ['#1002', 4, '2025-01-16T09:00:00'],
      ['#1003', 6, '2025-01-17T18:45:10'],
    ]);
    expect(rows[1]?.buyer).toEqual({
      fullName: 'Бекболот Асанов',
      phone: '+996700123456',
      email: 'beka@example.kg',
    });
    expect(rows[2]).toMatchObject({
      buyer: { fullName: 'Әлия Қасымова', phone: '+77011234567', email: 'aliya@example.kz' },
      consignee: { fullName: 'Нұрлан Қасымов', phone: '+77077654321' },
      address: { line: 'Абай 1', city: 'Алматы', country: 'KZ' },
      deliveryMethod: 'Kazpost',
      paymentMethod: 'Kaspi',
    });
  });

  it('WooCommerce: keeps the row with a bad e-mail and warns', async () => {
    const { presetId, rows, warnings } = await importFile('woocommerce-orders.csv', 'RU');
    expect(presetId).toBe('wooCommerce');
    expect(rows.map((r) => r.buyer.phone)).toEqual(['+79161234567', '+79035551234', '+79051234567']);
    expect(rows[0]?.paymentMethod).toBe('Оплата при получении');
    expect(warnings).toEqual([
      { line: 3, column: 'billing_email', reason: 'import.invalidEmail', value: 'ivan@' },
    ]);
  });

  it('OpenCart in English and with Russian labels in Windows-1251', async () => {
    const en = await importFile('opencart-orders.csv', 'KG');
    expect(en.presetId).toBe('openCart');
    expect(en.rows[0]?.buyer).toEqual({
      fullName: 'Азамат Исаков',
      phone: '+996555123456',
      email: 'azamat@example.kg',
    });
    const ru = await importFile('opencart-ru-cp1251.csv', 'RU');
    expect(ru.presetId).toBe('openCart');
    expect(ru.rows.map((r) => [r.externalOrderId, r.orderDate, r.buyer.fullName, r.buyer.phone])).toEqual([
      ['401', '2025-02-03T12:00:00', 'Ёлкина Алёна Сергеевна', '+79167654321'],
      ['402', '2025-02-04', 'Щукин Эдуард', '+74951234567'],
    ]);
  });

  it('1C-Bitrix CSV and XLSX give the same kind of rows', async () => {
    const csv = await importFile('bitrix-orders-cp1251.csv', 'RU');
    expect(csv.presetId).toBe('bitrix');
    expect(csv.rows[0]).toMatchObject({
      line: 4,
      orderDate: '2025-01-15T10:22:33',
      buyer: { email: 'ivanov@example.ru', phone: '+79161234567' },
      address: { line: 'г. Москва; ул. Ленина, 1\nкв. 5' },
      paymentMethod: 'Банковская карта',
    });
    const xlsx = await importFile('bitrix-orders.xlsx', 'RU');
    expect(xlsx.presetId).toBe('bitrix');
    expect(xlsx.rows.map((r) => [r.line, r.externalOrderId, r.orderDate, r.buyer.phone])).toEqual([
      [4, '7001', '2025-01-15T10:22:33', '+79161234567'],
      [5, '7002', '2025-01-16', '+77011234567'],
      [6, '7003', '2025-01-17T08:00:00', '+79035551234'],
      [8, '7004', '2025-01-18T09:30:00', null],
    ]);
  });

  it('Kazakh names in KZ-1048 import like the UTF-8 file', async () => {
    const utf8 = await importFile('kazakh-utf8.csv', 'KZ');
    const rk = await importFile('kazakh-rk1048.csv', 'KZ');
    expect(rk.rows).toEqual(utf8.rows);
    expect(rk.rows.map((r) => r.buyer.phone)).toEqual([
      '+77011234567',
      '+77077654321',
      '+77771234567',
      '+77471112233',
      '+77022223344',
    ]);
  });

  it('generic files need a manual mapping but get suggestions', async () => {
    const { presetId, rows } = await importFile('generic-tab.txt', 'KG');
    expect(presetId).toBe('generic');
    expect(rows.map((r) => [r.externalOrderId, r.buyer.fullName, r.buyer.phone, r.deliveryMethod])).toEqual([
      ['G-1', 'Талант Жумабеков', '+996555123456', 'Курьер'],
      ['G-2', 'Жылдыз Маматова', '+996777987654', 'Почта'],
    ]);
  });

  it('reports every rejected row of the broken file with its line, column and reason', async () => {
    const { rows, rejected, warnings } = await importFile('broken-rows.csv', 'RU');
    expect(rows.map((r) => r.line)).toEqual([2, 5, 9, 10, 11, 14, 18]);
    expect(rejected.map((e) => [e.line, e.column, e.reason])).toEqual([
      [3, null, 'import.tooFewColumns'],
      [4, null, 'import.tooManyColumns'],
      [6, 'ФИО', 'import.brokenQuote'],
      [16, 'Номер заказа', 'import.missingOrderId'],
      [17, null, 'import.noIdentity'],
      [19, 'Телефон', 'import.invalidPhone'],
    ]);
    expect(warnings).toEqual([
      { line: 18, column: 'Телефон', reason: 'import.invalidPhone', value: '12345' },
    ]);
  });

  it('two overlapping exports share orders and subject keys (for the ledger dedup)', async () => {
    const a = await importFile('overlap-a.csv', 'RU');
    const b = await importFile('overlap-b.csv', 'RU');
    const ids = (rows: OrderRow[]): string[] => rows.map((r) => r.externalOrderId);
    expect(ids(a.rows).filter((id) => ids(b.rows).includes(id))).toEqual(['5003', '5004']);
    const keysOf = (rows: OrderRow[], id: string) =>
      subjectKeys(rows.find((r) => r.externalOrderId === id) as OrderRow);
    expect(keysOf(b.rows, '5004')).toEqual(keysOf(a.rows, '5004'));
    expect(keysOf(a.rows, '5004')).toEqual(['phone:+79261112233', 'email:petr@example.ru']);
  });
});
