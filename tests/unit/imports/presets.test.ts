import { describe, expect, it } from 'vitest';
import {
  ColumnMapping,
  checkMapping,
  detectPreset,
  findHeaderRow,
  presets,
  shopifyOrders,
} from '../../../shared/imports';

const layouts = {
  shopifyOrders: [
    'Name',
    'Email',
    'Financial Status',
    'Created at',
    'Lineitem name',
    'Billing Name',
    'Billing Phone',
    'Shipping Name',
    'Shipping Address1',
    'Shipping City',
    'Shipping Country',
    'Shipping Phone',
    'Shipping Method',
    'Payment Method',
    'Phone',
  ],
  wooCommerce: [
    'order_id',
    'order_number',
    'order_date',
    'billing_first_name',
    'billing_last_name',
    'billing_phone',
    'billing_email',
    'shipping_address_1',
    'shipping_city',
    'shipping_country',
    'shipping_method',
    'payment_method',
  ],
  openCart: [
    'order_id',
    'date_added',
    'firstname',
    'lastname',
    'telephone',
    'email',
    'shipping_address_1',
    'shipping_city',
    'shipping_method',
    'payment_method',
  ],
  openCartRu: ['№ заказа', 'ФИО покупателя', 'Телефон', 'Способ доставки', 'Способ оплаты'],
  bitrix: [
    'Номер заказа',
    'Дата создания',
    'ФИО',
    'Телефон',
    'E-mail',
    'Адрес доставки',
    'Служба доставки',
    'Платежная система',
  ],
  bitrixVariant: [
    'ID',
    'Дата заказа',
    'Покупатель',
    'Телефон покупателя',
    'EMAIL',
    'Адрес',
    'Доставка',
    'Платёжная  система',
  ],
};

describe('presets', () => {
  it('are five, with Russian names, aliases and the order id required', () => {
    expect(presets.map((p) => p.id)).toEqual([
      'shopifyOrders',
      'wooCommerce',
      'openCart',
      'bitrix',
      'generic',
    ]);
    for (const preset of presets) {
      expect(preset.name).toMatch(/[А-Яа-я]|Shopify|WooCommerce|OpenCart/);
      expect(preset.required).toContain('externalOrderId');
      expect(Object.keys(preset.aliases).length).toBeGreaterThan(5);
    }
    expect(shopifyOrders.groupBy).toEqual({ field: 'externalOrderId', orderColumnsOnFirstRowOnly: true });
  });

  it.each([
    ['shopifyOrders', layouts.shopifyOrders],
    ['wooCommerce', layouts.wooCommerce],
    ['openCart', layouts.openCart],
    ['openCart', layouts.openCartRu],
    ['bitrix', layouts.bitrix],
    ['bitrix', layouts.bitrixVariant],
  ])('detects %s from its headers with a complete mapping', (id, headers) => {
    const [best] = detectPreset(headers);
    expect(best?.presetId).toBe(id);
    expect(best?.missingRequired).toEqual([]);
  });

  it('maps Shopify billing to the buyer and shipping to the consignee', () => {
    const [best] = detectPreset(layouts.shopifyOrders);
    expect(best?.mapping).toMatchObject({
      externalOrderId: 'Name',
      orderDate: 'Created at',
      fullName: 'Billing Name',
      phone: 'Billing Phone',
      customerPhone: 'Phone',
      email: 'Email',
      consigneeName: 'Shipping Name',
      consigneePhone: 'Shipping Phone',
      addressLine: 'Shipping Address1',
      deliveryMethod: 'Shipping Method',
      paymentMethod: 'Payment Method',
    });
  });

  it('maps Bitrix label variants case-, space- and ё-insensitively, keeping the file spelling', () => {
    const [best] = detectPreset(layouts.bitrixVariant);
    expect(best?.mapping).toEqual({
      externalOrderId: 'ID',
      orderDate: 'Дата заказа',
      fullName: 'Покупатель',
      phone: 'Телефон покупателя',
      email: 'EMAIL',
      addressLine: 'Адрес',
      deliveryMethod: 'Доставка',
      paymentMethod: 'Платёжная  система',
    });
    expect(best?.missingRecommended).toEqual([]);
  });

  it('prefers the visible order number over the internal id in WooCommerce', () => {
    expect(detectPreset(layouts.wooCommerce)[0]?.mapping.externalOrderId).toBe('order_number');
  });

  it('ranks generic first when nothing specific fits and reports what is missing', () => {
    const candidates = detectPreset(['Покупатель', 'Мобильный телефон', 'Примечание']);
    expect(candidates.map((c) => c.presetId)).toContain('generic');
    const generic = candidates.find((c) => c.presetId === 'generic');
    expect(generic?.missingRequired).toEqual(['externalOrderId']);
    expect(detectPreset(['Номер заказа', 'Сумма'])[0]?.missingRequired).toEqual(['identity']);
    expect(detectPreset(['Колонка 1', 'Колонка 2'])[0]?.presetId).toBe('generic');
  });

  it('finds the header row below title lines, else takes the first non-empty row', () => {
    expect(
      findHeaderRow([
        ['Список заказов', ''],
        ['', ''],
        ['Номер заказа', 'ФИО', 'Телефон'],
      ]),
    ).toBe(2);
    expect(findHeaderRow([[''], ['Колонка A', 'Колонка B'], ['1', '2']])).toBe(1);
    expect(findHeaderRow([[''], ['  ']])).toBe(-1);
  });
});

describe('mapping checks', () => {
  it('validates a mapping with zod and rejects unknown fields or empty headers', () => {
    expect(ColumnMapping.safeParse({ externalOrderId: 'ID', phone: 'Телефон' }).success).toBe(true);
    expect(ColumnMapping.safeParse({ nickname: 'Ник' }).success).toBe(false);
    expect(ColumnMapping.safeParse({ phone: '' }).success).toBe(false);
  });

  it('re-applies a saved profile by header name, whatever the column order or case', () => {
    const saved = { externalOrderId: 'номер заказа', fullName: 'ФИО', phone: 'Телефон', email: 'Почта' };
    const check = checkMapping(saved, ['Телефон', 'ФИО', 'Номер Заказа'], 'bitrix');
    expect(check.mapping).toEqual({ externalOrderId: 'Номер Заказа', fullName: 'ФИО', phone: 'Телефон' });
    expect(check.headersNotFound).toEqual([{ field: 'email', header: 'Почта' }]);
    expect(check.missingRequired).toEqual([]);
    expect(check.missingRecommended).toEqual(['orderDate', 'deliveryMethod', 'paymentMethod']);
  });

  it('reports a missing order id, no identity at all and a header used twice', () => {
    const check = checkMapping({ orderDate: 'Дата', deliveryMethod: 'Дата' }, ['Дата']);
    expect(check.missingRequired).toEqual(['externalOrderId', 'identity']);
    expect(check.reusedHeaders).toEqual(['Дата']);
  });
});
