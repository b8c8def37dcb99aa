import { describe, expect, it } from 'vitest';
import {
  amountInWords,
  amountShort,
  integerInWords,
  pluralForm,
} from '../../../shared/documents/amountInWords';

/** Non-breaking spaces between digit groups are written as plain spaces here. */
const words = (minor: number, currency: 'KGS' | 'KZT' | 'RUB') =>
  amountInWords(minor, currency).replace(/\u00A0/g, ' ');

describe('amount in words', () => {
  it.each([
    [0, 'ноль'],
    [1, 'один'],
    [2, 'два'],
    [5, 'пять'],
    [11, 'одиннадцать'],
    [12, 'двенадцать'],
    [21, 'двадцать один'],
    [101, 'сто один'],
    [1_000, 'одна тысяча'],
    [1_001, 'одна тысяча один'],
    [2_000, 'две тысячи'],
    [5_000, 'пять тысяч'],
    [11_000, 'одиннадцать тысяч'],
    [21_000, 'двадцать одна тысяча'],
    [2_000_000, 'два миллиона'],
    [1_000_000_000, 'один миллиард'],
    [999_999, 'девятьсот девяносто девять тысяч девятьсот девяносто девять'],
    [1_002_003, 'один миллион две тысячи три'],
  ])('%i → %s', (n, expected) => {
    expect(integerInWords(n)).toBe(expected);
  });

  it('writes som and tyiyn with the counting forms used in Kyrgyzstan', () => {
    expect(words(150000, 'KGS')).toBe('1 500 (одна тысяча пятьсот) сом 00 тыйын');
    expect(words(100, 'KGS')).toBe('1 (один) сом 00 тыйын');
    expect(words(201, 'KGS')).toBe('2 (два) сома 01 тыйын');
    expect(words(552, 'KGS')).toBe('5 (пять) сом 52 тыйына');
    expect(words(1111, 'KGS')).toBe('11 (одиннадцать) сом 11 тыйын');
  });

  it('writes tenge (unchanged) and tiyn', () => {
    expect(words(0, 'KZT')).toBe('0 (ноль) тенге 00 тиын');
    expect(words(2_100_000_021, 'KZT')).toBe('21 000 000 (двадцать один миллион) тенге 21 тиын');
    expect(words(302, 'KZT')).toBe('3 (три) тенге 02 тиына');
  });

  it('declines roubles and kopecks', () => {
    expect(words(100, 'RUB')).toBe('1 (один) рубль 00 копеек');
    expect(words(201, 'RUB')).toBe('2 (два) рубля 01 копейка');
    expect(words(500, 'RUB')).toBe('5 (пять) рублей 00 копеек');
    expect(words(1_100, 'RUB')).toBe('11 (одиннадцать) рублей 00 копеек');
    expect(words(1_222, 'RUB')).toBe('12 (двенадцать) рублей 22 копейки');
    expect(words(2_112, 'RUB')).toBe('21 (двадцать один) рубль 12 копеек');
    expect(words(10_105, 'RUB')).toBe('101 (сто один) рубль 05 копеек');
    expect(words(100_199, 'RUB')).toBe('1 001 (одна тысяча один) рубль 99 копеек');
    expect(words(200_000_000, 'RUB')).toBe('2 000 000 (два миллиона) рублей 00 копеек');
    expect(words(100_000_000_000, 'RUB')).toBe('1 000 000 000 (один миллиард) рублей 00 копеек');
  });

  it('keeps digit groups together and has a short form', () => {
    expect(amountInWords(150000, 'KGS').startsWith('1\u00A0500 (')).toBe(true);
    expect(amountShort(9990, 'RUB')).toBe('99,90\u00A0руб.');
    expect(amountShort(150000, 'KGS')).toBe('1\u00A0500,00\u00A0сом');
  });

  it('picks plural forms, teens included', () => {
    const f = ['день', 'дня', 'дней'] as const;
    expect([1, 2, 5, 11, 12, 14, 21, 22, 25, 111, 101].map((n) => pluralForm(n, f))).toEqual([
      'день',
      'дня',
      'дней',
      'дней',
      'дней',
      'дней',
      'день',
      'дня',
      'дней',
      'дней',
      'день',
    ]);
  });

  it('refuses negative and fractional amounts', () => {
    expect(() => amountInWords(-1, 'RUB')).toThrow(RangeError);
    expect(() => amountInWords(1.5, 'RUB')).toThrow(RangeError);
  });
});
