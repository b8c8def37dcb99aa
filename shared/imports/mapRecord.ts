import type { ColumnMapping, DefaultCountry, MapResult, OrderField, OrderRow, RowIssue } from './fields';
import {
  normaliseEmail,
  normaliseMultiline,
  normaliseName,
  normalisePhone,
  normaliseText,
} from './normalise';
import { parseOrderDate } from './orderDate';

export interface MapContext {
  /** The organisation's country: default for phones written without a country code. */
  defaultCountry: DefaultCountry;
  /** Line of the record (reported with every issue). */
  line: number;
}

/** Longer cells are almost always a broken quote that swallowed rows; they are not personal data fields. */
export const MAX_CELL_LENGTH = 2000;

const orNull = (text: string): string | null => (text === '' ? null : text);

/**
 * One file record -> one order row, or the reasons it cannot be used.
 *
 * Rejected: no order id (`import.missingOrderId`); no identity at all — no name, valid phone or valid
 * e-mail for the buyer or the consignee (`import.noIdentity`, or the invalid phone/e-mail reasons when
 * the only identifying values were invalid); a cell longer than MAX_CELL_LENGTH (`import.valueTooLong`).
 * Kept with a warning: an invalid phone or e-mail when something else identifies the person (the bad
 * value is dropped — an unusable phone is not a key), an unparseable date (the date is left empty).
 * Empty buyer name/phone fall back to the consignee's, since the consignee's data is what is handed over.
 */
export const mapRecord = (
  values: Record<string, string>,
  mapping: ColumnMapping,
  ctx: MapContext,
): MapResult => {
  const errors: RowIssue[] = [];
  const invalid: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const issue = (field: OrderField | null, reason: RowIssue['reason'], value = ''): RowIssue => ({
    line: ctx.line,
    column: field === null ? null : (mapping[field] ?? null),
    reason,
    value,
  });
  const raw = (field: OrderField): string => {
    const header = mapping[field];
    // Own properties only: after a structured clone `values` has Object.prototype (`constructor`...).
    const cell = header !== undefined && Object.hasOwn(values, header) ? values[header] : undefined;
    const value = typeof cell === 'string' ? cell : '';
    if (value.length <= MAX_CELL_LENGTH) return value;
    errors.push(issue(field, 'import.valueTooLong', `${value.slice(0, 100)}…`));
    return '';
  };
  const text = (field: OrderField): string => normaliseText(raw(field));
  const phone = (field: OrderField): string | null => {
    const value = text(field);
    if (value === '') return null;
    const e164 = normalisePhone(value, ctx.defaultCountry);
    if (e164 === null) invalid.push(issue(field, 'import.invalidPhone', value));
    return e164;
  };

  const externalOrderId = text('externalOrderId');
  if (externalOrderId === '') errors.push(issue('externalOrderId', 'import.missingOrderId'));

  const dateText = text('orderDate');
  const orderDate = dateText === '' ? null : parseOrderDate(dateText);
  if (dateText !== '' && orderDate === null)
    warnings.push(issue('orderDate', 'import.invalidDate', dateText));

  const emailText = text('email');
  const email = emailText === '' ? null : normaliseEmail(emailText);
  if (emailText !== '' && email === null) invalid.push(issue('email', 'import.invalidEmail', emailText));

  const buyerPhone = phone('phone') ?? phone('customerPhone');
  const consigneeName = orNull(
    normaliseName(raw('consigneeName'), raw('consigneeFirstName'), raw('consigneeLastName')),
  );
  const consigneePhone = phone('consigneePhone');
  const buyer = {
    fullName: orNull(normaliseName(raw('fullName'), raw('firstName'), raw('lastName'))) ?? consigneeName,
    phone: buyerPhone ?? consigneePhone,
    email,
  };

  if (buyer.fullName === null && buyer.phone === null && buyer.email === null) {
    errors.push(...(invalid.length > 0 ? invalid : [issue(null, 'import.noIdentity')]));
  } else {
    warnings.push(...invalid);
  }

  const countryText = text('country');
  const row: OrderRow = {
    line: ctx.line,
    externalOrderId,
    orderDate,
    buyer,
    consignee:
      consigneeName === null && consigneePhone === null
        ? null
        : { fullName: consigneeName, phone: consigneePhone },
    address: {
      line: orNull(normaliseMultiline(raw('addressLine'))),
      city: orNull(text('city')),
      country: orNull(/^[a-z]{2}$/i.test(countryText) ? countryText.toUpperCase() : countryText),
    },
    deliveryMethod: orNull(text('deliveryMethod')),
    paymentMethod: orNull(text('paymentMethod')),
  };
  return errors.length > 0 ? { ok: false, errors: [...errors, ...warnings] } : { ok: true, row, warnings };
};
