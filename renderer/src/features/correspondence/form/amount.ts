import { MAX_AMOUNT_MINOR } from '../../../../../shared/domain/correspondence';

/**
 * An amount typed as «1 500», «1500,50» or «1500.5» -> minor units (tyiyn, tiyn, kopecks); empty ->
 * null; anything else -> 'invalid'.
 */
export const parseAmount = (text: string): number | null | 'invalid' => {
  const compact = text.replace(/[\s\u00A0\u202F]/g, '').replace(',', '.');
  if (compact === '') return null;
  if (!/^\d+(\.\d{1,2})?$/.test(compact)) return 'invalid';
  const [whole = '0', fraction = ''] = compact.split('.');
  const minor = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return Number.isSafeInteger(minor) && minor <= MAX_AMOUNT_MINOR ? minor : 'invalid';
};

/** Minor units -> «1500,50» (what the user types back). */
export const amountText = (minor: number): string => {
  const fraction = minor % 100;
  const whole = Math.floor(minor / 100);
  return fraction === 0 ? String(whole) : `${whole},${String(fraction).padStart(2, '0')}`;
};

/** Minor units -> «1 500,00 KGS» for display. */
export const showAmount = (minor: number, currency: string | null, lang: 'ru' | 'en'): string => {
  const formatted = new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(minor / 100);
  return currency ? `${formatted} ${currency}` : formatted;
};
