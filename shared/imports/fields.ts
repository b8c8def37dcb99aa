import { z } from 'zod';
import type { ImportReason } from './reasons';

/**
 * Canonical columns of one order row. The buyer (billing name/phone/e-mail) is the data subject;
 * the consignee (shipping name/phone) is who receives the parcel; the address is the delivery address,
 * because that is what the shop hands to the delivery service.
 */
export const OrderField = z.enum([
  'externalOrderId',
  'orderDate',
  'fullName',
  'firstName',
  'lastName',
  'phone',
  /** A second buyer phone (Shopify `Phone`, the customer-account phone), used when `phone` is empty. */
  'customerPhone',
  'email',
  'consigneeName',
  'consigneeFirstName',
  'consigneeLastName',
  'consigneePhone',
  'addressLine',
  'city',
  'country',
  'deliveryMethod',
  'paymentMethod',
]);
export type OrderField = z.infer<typeof OrderField>;

/** Fields that can identify a person; a row needs a value in at least one of them. */
export const identityFields: readonly OrderField[] = [
  'fullName',
  'firstName',
  'lastName',
  'phone',
  'customerPhone',
  'email',
  'consigneeName',
  'consigneeFirstName',
  'consigneeLastName',
  'consigneePhone',
];

/** Canonical field -> header name as it appears in the file (after duplicate renaming). */
export const ColumnMapping = z.partialRecord(OrderField, z.string().trim().min(1).max(500));
export type ColumnMapping = z.infer<typeof ColumnMapping>;

export const DefaultCountry = z.enum(['KG', 'KZ', 'RU']);
export type DefaultCountry = z.infer<typeof DefaultCountry>;

export interface PersonData {
  fullName: string | null;
  /** E.164, e.g. `+996555123456`. */
  phone: string | null;
  /** Trimmed and lower-cased. */
  email: string | null;
}

export interface OrderRow {
  /** Physical line (CSV) or sheet row (XLSX) where the order starts. */
  line: number;
  externalOrderId: string;
  /** `YYYY-MM-DDTHH:mm:ss` (local time as exported, offset dropped) or `YYYY-MM-DD` for date-only values. */
  orderDate: string | null;
  /** The data subject. Empty buyer fields fall back to the consignee's (see mapRecord). */
  buyer: PersonData;
  /** Null when the file has no consignee columns or they are all empty. */
  consignee: Omit<PersonData, 'email'> | null;
  address: { line: string | null; city: string | null; country: string | null };
  deliveryMethod: string | null;
  paymentMethod: string | null;
}

/** One problem in one row: `column` is the header name, or null when the problem is the whole row. */
export interface RowIssue {
  line: number;
  column: string | null;
  reason: ImportReason;
  value: string;
}

export type MapResult = { ok: true; row: OrderRow; warnings: RowIssue[] } | { ok: false; errors: RowIssue[] };
