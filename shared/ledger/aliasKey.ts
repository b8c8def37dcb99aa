import { BoundedMemo } from '../boundedMemo';

/**
 * The key a delivery-service or payment-method value is matched by: «СДЭК», ' сдэк ' and "Сдэк" are
 * the same service. Case, quotes, ё/е and runs of spaces do not matter.
 */
export const aliasKey = (value: string): string => memo.get(value, () => keyOf(value));

/** A file holds a handful of distinct delivery and payment values in up to millions of rows. */
const memo = new BoundedMemo<string>(10_000);

const keyOf = (value: string): string =>
  value
    .normalize('NFC')
    .replace(/[«»"'“”„]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('ru')
    .replace(/ё/g, 'е');
