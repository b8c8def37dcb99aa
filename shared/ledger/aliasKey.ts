/**
 * The key a delivery-service or payment-method value is matched by: «СДЭК», ' сдэк ' and "Сдэк" are
 * the same service. Case, quotes, ё/е and runs of spaces do not matter.
 */
export const aliasKey = (value: string): string =>
  value
    .normalize('NFC')
    .replace(/[«»"'“”„]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('ru')
    .replace(/ё/g, 'е');
