import { z } from 'zod';
import type { OrderField } from './fields';

export const PresetId = z.enum(['shopifyOrders', 'wooCommerce', 'openCart', 'bitrix', 'generic']);
export type PresetId = z.infer<typeof PresetId>;

export interface ImportPreset {
  id: PresetId;
  /** Russian display name. */
  name: string;
  /** Header aliases per field, best first; compared with `normaliseHeader`. */
  aliases: Partial<Record<OrderField, readonly string[]>>;
  /** Besides these, every preset needs at least one identity field (see `identityFields`). */
  required: readonly OrderField[];
  /** Missing ones do not block an import but the ledger loses information (date, recipients). */
  recommended: readonly OrderField[];
  /** One row per line item: rows with the same order id are folded, order columns on the first row. */
  groupBy?: { field: 'externalOrderId'; orderColumnsOnFirstRowOnly: true };
}

const required: readonly OrderField[] = ['externalOrderId'];
const recommended: readonly OrderField[] = ['orderDate', 'deliveryMethod', 'paymentMethod'];

export const shopifyOrders: ImportPreset = {
  id: 'shopifyOrders',
  name: 'Shopify — заказы',
  aliases: {
    externalOrderId: ['Name'],
    orderDate: ['Created at'],
    fullName: ['Billing Name'],
    phone: ['Billing Phone'],
    customerPhone: ['Phone'],
    email: ['Email'],
    consigneeName: ['Shipping Name'],
    consigneePhone: ['Shipping Phone'],
    addressLine: ['Shipping Address1', 'Shipping Street'],
    city: ['Shipping City'],
    country: ['Shipping Country'],
    deliveryMethod: ['Shipping Method'],
    paymentMethod: ['Payment Method', 'Payment Gateway Names'],
  },
  required,
  recommended,
  groupBy: { field: 'externalOrderId', orderColumnsOnFirstRowOnly: true },
};

export const wooCommerce: ImportPreset = {
  id: 'wooCommerce',
  name: 'WooCommerce',
  aliases: {
    externalOrderId: ['order_number', 'order_id', 'Order Number', 'Order ID'],
    orderDate: ['order_date', 'date_created', 'Order Date'],
    firstName: ['billing_first_name', 'First Name (Billing)'],
    lastName: ['billing_last_name', 'Last Name (Billing)'],
    phone: ['billing_phone', 'Phone (Billing)'],
    email: ['billing_email', 'customer_email', 'Email (Billing)'],
    consigneeFirstName: ['shipping_first_name', 'First Name (Shipping)'],
    consigneeLastName: ['shipping_last_name', 'Last Name (Shipping)'],
    consigneePhone: ['shipping_phone', 'Phone (Shipping)'],
    addressLine: ['shipping_address_1', 'Address 1 (Shipping)', 'Address 1&2 (Shipping)'],
    city: ['shipping_city', 'City (Shipping)'],
    country: ['shipping_country', 'Country Code (Shipping)'],
    deliveryMethod: ['shipping_method_title', 'shipping_method', 'Shipping Method Title'],
    paymentMethod: ['payment_method_title', 'payment_method', 'Payment Method Title'],
  },
  required,
  recommended,
};

export const openCart: ImportPreset = {
  id: 'openCart',
  name: 'OpenCart',
  aliases: {
    externalOrderId: ['order_id', '№ заказа', 'Номер заказа', 'Order ID'],
    orderDate: ['date_added', 'Дата добавления', 'Дата заказа', 'Date Added'],
    fullName: ['ФИО покупателя', 'Покупатель', 'Customer'],
    firstName: ['firstname', 'payment_firstname', 'Имя'],
    lastName: ['lastname', 'payment_lastname', 'Фамилия'],
    phone: ['telephone', 'Телефон', 'Telephone'],
    email: ['email', 'E-mail', 'Email'],
    consigneeFirstName: ['shipping_firstname'],
    consigneeLastName: ['shipping_lastname'],
    addressLine: ['shipping_address_1', 'Адрес доставки', 'Адрес'],
    city: ['shipping_city', 'Город'],
    country: ['shipping_country', 'Страна'],
    deliveryMethod: ['shipping_method', 'Способ доставки', 'Shipping Method'],
    paymentMethod: ['payment_method', 'Способ оплаты', 'Payment Method'],
  },
  required,
  recommended,
};

export const bitrix: ImportPreset = {
  id: 'bitrix',
  name: '1С-Битрикс',
  aliases: {
    externalOrderId: ['Номер заказа', 'Номер', 'ID заказа', 'ID', 'Заказ'],
    orderDate: ['Дата создания', 'Дата заказа', 'Создан', 'Дата'],
    fullName: ['ФИО', 'Ф.И.О.', 'Покупатель', 'ФИО покупателя', 'Контактное лицо'],
    phone: ['Телефон', 'Телефон покупателя', 'Контактный телефон', 'Мобильный телефон'],
    email: ['E-mail', 'Email', 'E-mail покупателя', 'Электронная почта', 'Эл. почта'],
    consigneeName: ['ФИО получателя', 'Получатель'],
    consigneePhone: ['Телефон получателя'],
    addressLine: ['Адрес доставки', 'Адрес'],
    city: ['Город', 'Местоположение', 'Город доставки'],
    country: ['Страна'],
    deliveryMethod: ['Служба доставки', 'Доставка', 'Способ доставки'],
    paymentMethod: ['Платежная система', 'Способ оплаты', 'Оплата', 'Платежные системы'],
  },
  required,
  recommended,
};

/** Manual mapping; the aliases only pre-fill suggestions for common English and Russian labels. */
export const generic: ImportPreset = {
  id: 'generic',
  name: 'Другой формат (ручное сопоставление)',
  aliases: {
    externalOrderId: ['Order ID', 'Order number', 'Order', 'Номер заказа', '№ заказа', 'Заказ', 'order_id'],
    orderDate: ['Order date', 'Date', 'Created at', 'Дата заказа', 'Дата создания', 'Дата'],
    fullName: ['Full name', 'Customer name', 'Customer', 'Name', 'ФИО', 'ФИО покупателя', 'Покупатель'],
    firstName: ['First name', 'firstname', 'Имя'],
    lastName: ['Last name', 'lastname', 'Фамилия'],
    phone: ['Phone', 'Telephone', 'Mobile', 'Телефон', 'Мобильный телефон'],
    email: ['Email', 'E-mail', 'Mail', 'Электронная почта'],
    consigneeName: ['Recipient', 'Получатель', 'ФИО получателя'],
    consigneePhone: ['Recipient phone', 'Телефон получателя'],
    addressLine: ['Address', 'Delivery address', 'Адрес', 'Адрес доставки'],
    city: ['City', 'Город'],
    country: ['Country', 'Страна'],
    deliveryMethod: ['Delivery', 'Shipping method', 'Доставка', 'Способ доставки', 'Служба доставки'],
    paymentMethod: ['Payment', 'Payment method', 'Оплата', 'Способ оплаты', 'Платежная система'],
  },
  required,
  recommended,
};

export const presets: readonly ImportPreset[] = [shopifyOrders, wooCommerce, openCart, bitrix, generic];

export const presetById = (id: PresetId): ImportPreset => presets.find((p) => p.id === id) ?? generic;
