/**
 * The key a delivery-service or payment-method value is matched by: «СДЭК», ' сдэк ' and "Сдэк" are
 * the same service. Case, quotes, ё/е and runs of spaces do not matter.
 */
export const aliasKey = (value: string): string => {
  // A file holds a handful of distinct delivery and payment values in up to millions of rows.
  const known = memo.get(value);
  if (known !== undefined) return known;
  if (memo.size >= MEMO_SIZE) memo.clear();
  const key = keyOf(value);
  memo.set(value, key);
  return key;
};

const memo = new Map<string, string>();
const MEMO_SIZE = 10_000;

const keyOf = (value: string): string =>
  value
    .normalize('NFC')
    .replace(/[«»"'“”„]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('ru')
    .replace(/ё/g, 'е');
