/**
 * Amounts in Russian words for letters: «1 500 (одна тысяча пятьсот) сом 00 тыйын». The whole units
 * are written in digits and in words, the minor units in two digits; both nouns agree with their
 * number. Kyrgyz and Kazakh documents in Russian use the counting forms «сом», «тыйын», «тиын» after
 * 5+ («1 500 сом 00 тыйын», «00 тиын»); «тенге» does not change.
 */
import type { Currency } from '../domain/correspondence';

type Forms = readonly [one: string, few: string, many: string];

interface CurrencyWords {
  major: Forms;
  minor: Forms;
}

export const CURRENCY_WORDS: Record<Currency, CurrencyWords> = {
  KGS: { major: ['сом', 'сома', 'сом'], minor: ['тыйын', 'тыйына', 'тыйын'] },
  KZT: { major: ['тенге', 'тенге', 'тенге'], minor: ['тиын', 'тиына', 'тиын'] },
  RUB: { major: ['рубль', 'рубля', 'рублей'], minor: ['копейка', 'копейки', 'копеек'] },
};

/** one / few / many form after a number (1 день, 2 дня, 5 дней; 11–14 take "many"). */
export const pluralForm = (n: number, forms: Forms): string => {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return forms[0];
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return forms[1];
  return forms[2];
};

const UNITS_M = ['', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'];
const UNITS_F = ['', 'одна', 'две', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'];
const TEENS = [
  'десять',
  'одиннадцать',
  'двенадцать',
  'тринадцать',
  'четырнадцать',
  'пятнадцать',
  'шестнадцать',
  'семнадцать',
  'восемнадцать',
  'девятнадцать',
];
const TENS = [
  '',
  '',
  'двадцать',
  'тридцать',
  'сорок',
  'пятьдесят',
  'шестьдесят',
  'семьдесят',
  'восемьдесят',
  'девяносто',
];
const HUNDREDS = [
  '',
  'сто',
  'двести',
  'триста',
  'четыреста',
  'пятьсот',
  'шестьсот',
  'семьсот',
  'восемьсот',
  'девятьсот',
];

/** Scale words from the thousands up; thousands are feminine («одна тысяча», «две тысячи»). */
const SCALES: readonly { forms: Forms; feminine: boolean }[] = [
  { forms: ['тысяча', 'тысячи', 'тысяч'], feminine: true },
  { forms: ['миллион', 'миллиона', 'миллионов'], feminine: false },
  { forms: ['миллиард', 'миллиарда', 'миллиардов'], feminine: false },
  { forms: ['триллион', 'триллиона', 'триллионов'], feminine: false },
];

/** 1…999 in words. */
const triadWords = (n: number, feminine: boolean): string[] => {
  const words: string[] = [];
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h > 0) words.push(HUNDREDS[h] ?? '');
  if (rest >= 10 && rest < 20) words.push(TEENS[rest - 10] ?? '');
  else {
    const t = Math.floor(rest / 10);
    const u = rest % 10;
    if (t > 0) words.push(TENS[t] ?? '');
    if (u > 0) words.push((feminine ? UNITS_F : UNITS_M)[u] ?? '');
  }
  return words;
};

/** A whole number (0 … 999 999 999 999 999) in masculine Russian words: 21 → «двадцать один». */
export const integerInWords = (value: number): string => {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`Not a whole amount: ${value}`);
  if (value === 0) return 'ноль';
  const triads: number[] = [];
  for (let rest = value; rest > 0; rest = Math.floor(rest / 1000)) triads.push(rest % 1000);
  if (triads.length > SCALES.length + 1) throw new RangeError(`Amount too large: ${value}`);
  const words: string[] = [];
  for (let i = triads.length - 1; i >= 0; i -= 1) {
    const triad = triads[i] ?? 0;
    if (triad === 0) continue;
    const scale = i > 0 ? SCALES[i - 1] : undefined;
    words.push(...triadWords(triad, scale?.feminine ?? false));
    if (scale) words.push(pluralForm(triad, scale.forms));
  }
  return words.join(' ');
};

const NBSP = '\u00A0';

/** «1 500 000» with non-breaking spaces between groups of three digits. */
export const groupDigits = (value: number): string => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);

/**
 * «1 500 (одна тысяча пятьсот) сом 00 тыйын» from minor units (150000 KGS). Digit groups are joined
 * with non-breaking spaces so a letter never breaks a number across lines.
 */
export const amountInWords = (amountMinor: number, currency: Currency): string => {
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 0)
    throw new RangeError(`Not an amount in minor units: ${amountMinor}`);
  const major = Math.floor(amountMinor / 100);
  const minor = amountMinor % 100;
  const words = CURRENCY_WORDS[currency];
  return (
    `${groupDigits(major)} (${integerInWords(major)}) ${pluralForm(major, words.major)} ` +
    `${String(minor).padStart(2, '0')} ${pluralForm(minor, words.minor)}`
  );
};

const SHORT_NAMES: Record<Currency, string> = { KGS: 'сом', KZT: 'тенге', RUB: 'руб.' };

/** «1 500,00 сом», «99,90 руб.» — the short form for tables and journals. */
export const amountShort = (amountMinor: number, currency: Currency): string => {
  const major = Math.floor(amountMinor / 100);
  const minor = String(amountMinor % 100).padStart(2, '0');
  return `${groupDigits(major)},${minor}${NBSP}${SHORT_NAMES[currency]}`;
};
