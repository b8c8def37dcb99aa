import { describe, expect, it } from 'vitest';
import { mapRecord, type ColumnMapping, type MapResult, type OrderRow } from '../../../shared/imports';

const bitrix: ColumnMapping = {
  externalOrderId: 'Номер заказа',
  orderDate: 'Дата создания',
  fullName: 'ФИО',
  phone: 'Телефон',
  email: 'E-mail',
  addressLine: 'Адрес доставки',
  deliveryMethod: 'Служба доставки',
  paymentMethod: 'Платежная система',
};
const record = (values: Record<string, string>): Record<string, string> => ({
  'Номер заказа': '7001',
  'Дата создания': '15.01.2025 10:22:33',
  ФИО: '  Иванов   Иван ',
  Телефон: '8 (916) 123-45-67',
  'E-mail': ' IVANOV@Example.RU ',
  'Адрес доставки': 'г. Москва; ул. Ленина, 1\r\nкв. 5',
  'Служба доставки': ' СДЭК ',
  'Платежная система': 'Банковская карта',
  ...values,
});
const ctx = { defaultCountry: 'RU' as const, line: 4 };
const rowOf = (result: MapResult): OrderRow => {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.row;
};

describe('mapRecord', () => {
  it('maps and normalises a complete row', () => {
    const result = mapRecord(record({}), bitrix, ctx);
    expect(result).toEqual({
      ok: true,
      warnings: [],
      row: {
        line: 4,
        externalOrderId: '7001',
        orderDate: '2025-01-15T10:22:33',
        buyer: { fullName: 'Иванов Иван', phone: '+79161234567', email: 'ivanov@example.ru' },
        consignee: null,
        address: { line: 'г. Москва; ул. Ленина, 1\nкв. 5', city: null, country: null },
        deliveryMethod: 'СДЭК',
        paymentMethod: 'Банковская карта',
      },
    });
  });

  it('uses the organisation country for national phone forms', () => {
    const kg = mapRecord(record({ Телефон: '0555 123 456' }), bitrix, { defaultCountry: 'KG', line: 2 });
    expect(rowOf(kg).buyer.phone).toBe('+996555123456');
    const kz = mapRecord(record({ Телефон: '8 701 123 45 67' }), bitrix, { defaultCountry: 'KZ', line: 2 });
    expect(rowOf(kz).buyer.phone).toBe('+77011234567');
  });

  it('keeps a row with a bad phone but a valid e-mail, drops the phone and warns', () => {
    const result = mapRecord(record({ Телефон: '12345' }), bitrix, ctx);
    expect(result.ok).toBe(true);
    expect(rowOf(result).buyer.phone).toBeNull();
    expect(result.ok && result.warnings).toEqual([
      { line: 4, column: 'Телефон', reason: 'import.invalidPhone', value: '12345' },
    ]);
  });

  it('keeps a row with a bad e-mail when the phone identifies the buyer', () => {
    const result = mapRecord(record({ 'E-mail': 'ivan@', ФИО: '' }), bitrix, ctx);
    expect(rowOf(result).buyer).toEqual({ fullName: null, phone: '+79161234567', email: null });
    expect(result.ok && result.warnings.map((w) => w.reason)).toEqual(['import.invalidEmail']);
  });

  it('keeps a row with an unreadable date, without the date', () => {
    const result = mapRecord(record({ 'Дата создания': '01/15/2025' }), bitrix, ctx);
    expect(rowOf(result).orderDate).toBeNull();
    expect(result.ok && result.warnings).toEqual([
      { line: 4, column: 'Дата создания', reason: 'import.invalidDate', value: '01/15/2025' },
    ]);
  });

  it('rejects a row without an order id', () => {
    expect(mapRecord(record({ 'Номер заказа': '  ' }), bitrix, ctx)).toEqual({
      ok: false,
      errors: [{ line: 4, column: 'Номер заказа', reason: 'import.missingOrderId', value: '' }],
    });
  });

  it('rejects a row with no name, phone or e-mail', () => {
    expect(mapRecord(record({ ФИО: '', Телефон: '', 'E-mail': ' ' }), bitrix, ctx)).toEqual({
      ok: false,
      errors: [{ line: 4, column: null, reason: 'import.noIdentity', value: '' }],
    });
  });

  it('rejects a row whose only identity is an invalid phone, reporting the phone', () => {
    expect(mapRecord(record({ ФИО: '', Телефон: '12-34', 'E-mail': '' }), bitrix, ctx)).toEqual({
      ok: false,
      errors: [{ line: 4, column: 'Телефон', reason: 'import.invalidPhone', value: '12-34' }],
    });
  });

  it('rejects a cell too long to be a field (a broken quote swallowed rows)', () => {
    const result = mapRecord(record({ ФИО: 'А'.repeat(3000) }), bitrix, ctx);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatchObject({ column: 'ФИО', reason: 'import.valueTooLong' });
  });

  it('builds the buyer from first and last name and takes the consignee from shipping columns', () => {
    const woo: ColumnMapping = {
      externalOrderId: 'order_number',
      firstName: 'billing_first_name',
      lastName: 'billing_last_name',
      phone: 'billing_phone',
      consigneeFirstName: 'shipping_first_name',
      consigneeLastName: 'shipping_last_name',
      city: 'shipping_city',
      country: 'shipping_country',
    };
    const row = rowOf(
      mapRecord(
        {
          order_number: '5004',
          billing_first_name: 'Пётр',
          billing_last_name: 'Смирнов',
          billing_phone: '89261112233',
          shipping_first_name: 'Анна',
          shipping_last_name: 'Смирнова',
          shipping_city: 'Казань',
          shipping_country: 'ru',
        },
        woo,
        ctx,
      ),
    );
    expect(row.buyer).toEqual({ fullName: 'Пётр Смирнов', phone: '+79261112233', email: null });
    expect(row.consignee).toEqual({ fullName: 'Анна Смирнова', phone: null });
    expect(row.address).toEqual({ line: null, city: 'Казань', country: 'RU' });
  });

  it('falls back to the Shopify account phone, then to the consignee, for an empty buyer phone', () => {
    const shopify: ColumnMapping = {
      externalOrderId: 'Name',
      fullName: 'Billing Name',
      phone: 'Billing Phone',
      customerPhone: 'Phone',
      consigneeName: 'Shipping Name',
      consigneePhone: 'Shipping Phone',
    };
    const base = {
      Name: '#1002',
      'Billing Name': '',
      'Billing Phone': '',
      Phone: '',
      'Shipping Name': 'Бекболот',
    };
    const kg = { defaultCountry: 'KG' as const, line: 4 };
    const withAccountPhone = rowOf(
      mapRecord({ ...base, Phone: '0700 12 34 56', 'Shipping Phone': '' }, shopify, kg),
    );
    expect(withAccountPhone.buyer).toEqual({ fullName: 'Бекболот', phone: '+996700123456', email: null });
    const consigneeOnly = rowOf(mapRecord({ ...base, 'Shipping Phone': '0555123456' }, shopify, kg));
    expect(consigneeOnly.buyer.phone).toBe('+996555123456');
    expect(consigneeOnly.consignee).toEqual({ fullName: 'Бекболот', phone: '+996555123456' });
  });

  it('treats headers missing from the record as empty, even ones named like Object members', () => {
    const result = mapRecord({ 'Номер заказа': '1', ФИО: 'Ким' }, bitrix, ctx);
    expect(rowOf(result).buyer).toEqual({ fullName: 'Ким', phone: null, email: null });
    const odd = mapRecord({ 'Номер заказа': '1', ФИО: 'Ким' }, { ...bitrix, phone: 'constructor' }, ctx);
    expect(rowOf(odd).buyer.phone).toBeNull();
  });
});
