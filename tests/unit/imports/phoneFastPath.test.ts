import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalisePhone, normaliseText } from '../../../shared/imports';
import type { DefaultCountry } from '../../../shared/imports/fields';
import { phoneByLibphonenumber } from '../../../shared/imports/normalise';
import { fastPhone } from '../../../shared/imports/phoneFastPath';

const COUNTRIES: DefaultCountry[] = ['KG', 'KZ', 'RU'];

/** Digit strings around the shapes the fast path handles: KG/KZ/RU prefixes, and anything at all. */
const digitsOf = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });
const body = fc.oneof(
  fc
    .tuple(fc.constantFrom('996', '7', '8', '0', '00996', '810', '9', '3', ''), digitsOf(9))
    .map(([a, b]) => a + b),
  fc
    .tuple(fc.constantFrom('996', '7', '8', '0', '87', '77', '79', '73', '75', '78'), digitsOf(10))
    .map(([a, b]) => a + b),
  fc
    .tuple(fc.constantFrom('9965', '9967', '9962', '9963', '05', '07', '02', '03', '08', '09'), digitsOf(8))
    .map(([a, b]) => a + b),
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 8, maxLength: 14 }),
);

/** The digits written the ways exports write them: grouped with spaces, brackets and hyphens, with or without `+`. */
const written = fc
  .tuple(
    body,
    fc.constantFrom('', '+', '+ '),
    fc.array(fc.constantFrom(' ', '-', '(', ')', ''), { minLength: 14, maxLength: 14 }),
  )
  .map(([digits, prefix, seps]) =>
    normaliseText(prefix + [...digits].map((d, i) => (i > 0 ? (seps[i] ?? '') : '') + d).join('')),
  );

describe('phone fast path against libphonenumber', () => {
  it('gives libphonenumber’s result for every phone it answers, in every shop country', () => {
    let valid = 0;
    let invalid = 0;
    fc.assert(
      fc.property(written, fc.constantFrom(...COUNTRIES), (text, country) => {
        const fast = fastPhone(text, country);
        if (fast === undefined) return;
        if (fast === null) invalid += 1;
        else valid += 1;
        expect(fast).toBe(phoneByLibphonenumber(text, country));
      }),
      { numRuns: 30_000, seed: 20261207 },
    );
    // The property is not vacuous: thousands of phones take the fast path, valid and invalid ones.
    expect(valid).toBeGreaterThan(1000);
    expect(invalid).toBeGreaterThan(1000);
  });

  it.each([
    ['+996 (555) 12-34-56', 'KG', '+996555123456'],
    ['0555 123 456', 'KG', '+996555123456'],
    ['996555123456', 'KG', '+996555123456'],
    ['+996 535 123 456', 'KG', null],
    ['0535 123 456', 'KG', null],
    ['+7 701 123 45 67', 'KG', '+77011234567'],
    ['+7 (916) 123-45-67', 'RU', '+79161234567'],
    ['8 701 123 45 67', 'KZ', '+77011234567'],
    ['8 (916) 123-45-67', 'RU', '+79161234567'],
  ] as const)('answers %s in a %s shop: %s', (text, country, expected) => {
    expect(fastPhone(text, country)).toBe(expected);
    expect(normalisePhone(text, country)).toBe(expected);
  });

  it.each([
    ['+996 555 123 456 доб. 12', 'KG'],
    ['8 701 123 45 67', 'KG'],
    ['00996555123456', 'KG'],
    ['8 10 996 555 123 456', 'RU'],
    ['555123456', 'KG'],
    ['+7 8 916 123 45 67', 'RU'],
  ] as const)('leaves %s in a %s shop to libphonenumber', (text, country) => {
    expect(fastPhone(text, country)).toBeUndefined();
  });
});
