import { describe, expect, it } from 'vitest';
import {
  OrderLineGrouper,
  groupOrderItems,
  mapOrderGroup,
  type OrderGroup,
  type ReadItem,
  type ReadRecord,
} from '../../../shared/imports';

const row = (line: number, Name: string, extra: Record<string, string> = {}): ReadRecord => ({
  line,
  values: { Name, Email: '', 'Billing Name': '', 'Created at': '', Lineitem: `item ${line}`, ...extra },
});
const collect = async (items: ReadItem[]): Promise<(OrderGroup | ReadItem)[]> => {
  const out: (OrderGroup | ReadItem)[] = [];
  async function* source(): AsyncGenerator<ReadItem> {
    yield* items;
  }
  for await (const item of groupOrderItems(source(), 'Name')) out.push(item);
  return out;
};

describe('Shopify line-item grouping', () => {
  it('folds consecutive rows of one order; the first row carries the order columns', async () => {
    const groups = await collect([
      row(2, '#1001', { Email: 'a@example.kg', 'Billing Name': 'Айгуль', 'Created at': '2025-01-15' }),
      row(3, '#1001', { Email: 'a@example.kg', 'Billing Name': 'Другое имя' }),
      row(4, '#1002', { 'Billing Name': 'Бекболот' }),
      { line: 5, error: { reason: 'import.tooFewColumns', expected: 5, found: 2 } },
      row(6, '#1002', { Email: 'b@example.kg' }),
    ]);
    expect(groups).toEqual([
      {
        line: 2,
        lastLine: 3,
        rowCount: 2,
        key: '#1001',
        reopened: false,
        values: {
          Name: '#1001',
          Email: 'a@example.kg',
          'Billing Name': 'Айгуль',
          'Created at': '2025-01-15',
          Lineitem: 'item 2',
        },
      },
      { line: 5, error: { reason: 'import.tooFewColumns', expected: 5, found: 2 } },
      expect.objectContaining({ line: 4, lastLine: 6, rowCount: 2, key: '#1002', reopened: false }),
    ]);
    // later rows only fill cells the first row left empty
    expect((groups[2] as OrderGroup).values).toMatchObject({
      'Billing Name': 'Бекболот',
      Email: 'b@example.kg',
    });
  });

  it('never folds rows with an empty key', () => {
    const grouper = new OrderLineGrouper('Name');
    expect(grouper.push(row(2, ''))).toBeNull();
    expect(grouper.push(row(3, ''))).toMatchObject({ line: 2, rowCount: 1 });
    expect(grouper.flush()).toMatchObject({ line: 3, rowCount: 1 });
    expect(grouper.flush()).toBeNull();
  });

  it('emits a non-consecutive fragment as a reopened group and maps bare line items as rows not together', async () => {
    const groups = (await collect([
      row(2, '#1', { Email: 'a@example.kg', 'Billing Name': 'Айгуль' }),
      row(3, '#2', { Email: 'b@example.kg' }),
      row(4, '#1'),
      row(5, '#3', { 'Billing Name': 'Нурия' }),
      row(6, '#2', { 'Billing Name': 'Бекболот', Email: 'b2@example.kg' }),
    ])) as OrderGroup[];
    expect(groups.map((g) => [g.key, g.line, g.reopened])).toEqual([
      ['#1', 2, false],
      ['#2', 3, false],
      ['#1', 4, true],
      ['#3', 5, false],
      ['#2', 6, true],
    ]);
    const mapping = { externalOrderId: 'Name', email: 'Email', fullName: 'Billing Name' };
    const ctx = { defaultCountry: 'KG' as const };
    expect(mapOrderGroup(groups[2] as OrderGroup, mapping, ctx)).toEqual({
      ok: false,
      errors: [{ line: 4, column: 'Name', reason: 'import.orderRowsNotTogether', value: '#1' }],
    });
    // a reopened fragment with buyer data maps normally (the ledger merges it by order id)
    expect(mapOrderGroup(groups[4] as OrderGroup, mapping, ctx)).toMatchObject({
      ok: true,
      row: { line: 6 },
    });
    // a first fragment without buyer data is a real rejection
    const bare = { ...(groups[2] as OrderGroup), reopened: false };
    expect(mapOrderGroup(bare, mapping, ctx)).toMatchObject({
      ok: false,
      errors: [{ reason: 'import.noIdentity' }],
    });
  });
});
