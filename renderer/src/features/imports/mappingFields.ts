import type { TFunction } from 'i18next';
import type { ChosenFile } from '../../../../shared/domain/ledger';
import { OrderField, type ColumnMapping } from '../../../../shared/imports/fields';
import { messageText } from './importText';

/** The canonical fields in the order and groups the mapping table shows them. */
export const fieldGroups = [
  { id: 'order', fields: ['externalOrderId', 'orderDate'] },
  { id: 'buyer', fields: ['fullName', 'firstName', 'lastName', 'phone', 'customerPhone', 'email'] },
  {
    id: 'consignee',
    fields: ['consigneeName', 'consigneeFirstName', 'consigneeLastName', 'consigneePhone'],
  },
  { id: 'address', fields: ['addressLine', 'city', 'country'] },
  { id: 'transfer', fields: ['deliveryMethod', 'paymentMethod'] },
] as const satisfies readonly { id: string; fields: readonly OrderField[] }[];

export type FieldGroupId = (typeof fieldGroups)[number]['id'];

/** The first non-empty value of a column in the preview, to show what the column holds. */
export const sampleValue = (file: ChosenFile, header: string | undefined): string => {
  if (!header) return '';
  for (const item of file.preview) {
    if ('values' in item) {
      const value = item.values[header]?.trim();
      if (value) return value;
    }
  }
  return '';
};

/** Same fields mapped to the same headers. */
export const sameMapping = (a: ColumnMapping, b: ColumnMapping): boolean => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<OrderField>;
  return [...keys].every((k) => a[k] === b[k]);
};

/** Field errors of the main process for one mapping field (`mapping.phone`). */
export const mappingErrors = (errors: Record<string, string[]>, field: string): string | undefined =>
  errors[`mapping.${field}`]?.[0];

/** The refused mapping as sentences: «№ заказа: не указан столбец…», and reasons about the whole mapping. */
export const errorSummary = (t: TFunction, fieldErrors: Record<string, string[]>): string[] =>
  Object.entries(fieldErrors).flatMap(([path, keys]) => {
    const field = OrderField.safeParse(path.replace(/^mapping\./, ''));
    const messages = [...new Set(keys)].map((key) => messageText(t, key));
    if (field.success) return messages.map((m) => `${t(`ledger.fields.${field.data}`)}: ${m}`);
    return messages;
  });
