import metadata from 'libphonenumber-js/max/metadata';
import type { DefaultCountry } from './fields';

/**
 * A fast path for the phone shapes that fill KG/KZ/RU exports (`+996 (555) 12-34-56`, `0555 123 456`,
 * `996555123456`, `+7 701 123 45 67`, `8 701 123 45 67`): the digits are checked against
 * libphonenumber's own metadata (its national number pattern and number-type patterns, compiled once)
 * instead of going through its general parser. It answers only where the result is certain and
 * returns `undefined` for everything else, which libphonenumber then parses; a property test compares
 * it with libphonenumber over generated phones (tests/unit/imports/phoneFastPath.test.ts).
 */

/** The parts of libphonenumber's compact metadata (v4 layout) this module reads. */
type TypeEntry = [pattern: string, possibleLengths?: number[]] | 0 | undefined;
type CountryEntry = [
  callingCode: string,
  idd: string,
  nationalNumberPattern: string,
  possibleLengths: number[],
  ...rest: unknown[],
];
interface CompactMetadata {
  version: number;
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, CountryEntry>;
}

interface Plan {
  leadingDigits: RegExp | null;
  valid: (national: string) => boolean;
}

const compact = metadata as unknown as CompactMetadata;
const whole = (pattern: string) => new RegExp(`^(?:${pattern})$`);

/** libphonenumber's getNumberType(...) !== undefined, i.e. isValid() for a country's national number. */
const planOf = (country: string): Plan => {
  const entry = compact.countries[country];
  if (compact.version !== 4 || !entry) throw new Error(`phone metadata for ${country} not understood`);
  const national = whole(entry[2]);
  const lengths = entry[3];
  const leading = entry[10];
  const types = (Array.isArray(entry[11]) ? (entry[11] as TypeEntry[]) : [])
    .filter((t): t is [string, number[]?] => Array.isArray(t) && typeof t[0] === 'string' && t[0] !== '')
    .map(([pattern, own]) => ({ pattern: whole(pattern), lengths: own ?? lengths }));
  return {
    leadingDigits: typeof leading === 'string' && leading !== '' ? new RegExp(`^(?:${leading})`) : null,
    valid: (n) => national.test(n) && types.some((t) => t.lengths.includes(n.length) && t.pattern.test(n)),
  };
};

const plans = new Map<string, Plan>(['KG', 'KZ', 'RU'].map((c) => [c, planOf(c)]));
const countriesOf = (callingCode: string): Plan[] =>
  (compact.country_calling_codes[callingCode] ?? []).map((c) => plans.get(c) ?? planOf(c));
const KG = countriesOf('996');
const SEVEN = countriesOf('7');

/**
 * Whether a national number is valid for a calling code shared by several countries, the way
 * libphonenumber picks the country: the first whose leading digits match (else whose patterns
 * match); with none, the calling code's main country.
 */
const validFor = (countries: Plan[], n: string): boolean => {
  for (const plan of countries) {
    if (plan.leadingDigits) {
      if (plan.leadingDigits.test(n)) return plan.valid(n);
    } else if (plan.valid(n)) return true;
  }
  return countries[0]?.valid(n) ?? false;
};

/** Whether one of the countries claims the number by its leading digits (or patterns). */
const claimed = (countries: Plan[], n: string): boolean =>
  countries.some((plan) => (plan.leadingDigits ? plan.leadingDigits.test(n) : plan.valid(n)));

/** Digits, spaces, brackets and hyphens, with an optional leading `+`: the only text handled here. */
const SIMPLE = /^\+?[0-9 ()-]{10,24}$/;

/**
 * E.164 (valid), null (certainly not valid for this part of the cell), or undefined (not handled:
 * ask libphonenumber). `text` is one part of a phone cell, normalised (trimmed, single spaces).
 */
export const fastPhone = (text: string, defaultCountry: DefaultCountry): string | null | undefined => {
  if (!SIMPLE.test(text)) return undefined;
  const plus = text.charCodeAt(0) === 43;
  if (plus && text.indexOf('+', 1) >= 0) return undefined;
  const digits = text.replace(/[^0-9]/g, '');
  const first = digits.charCodeAt(0);
  if (plus || (digits.length === 12 && digits.startsWith('996') && defaultCountry === 'KG')) {
    // International: nothing else is tried after it (text with `+`, or the same digits with `+`).
    if (digits.length === 12 && digits.startsWith('996')) {
      const n = digits.slice(3);
      if (n.charCodeAt(0) === 48) return undefined; // a national prefix after the code: libphonenumber strips it
      return validFor(KG, n) ? `+${digits}` : null;
    }
    if (plus && digits.length === 11 && first === 55 /* 7 */) {
      const n = digits.slice(1);
      if (n.charCodeAt(0) === 56 /* 8 */) return undefined;
      return validFor(SEVEN, n) ? `+${digits}` : null;
    }
    return undefined;
  }
  if (defaultCountry === 'KG' && digits.length === 10 && first === 48 && digits.charCodeAt(1) !== 48) {
    // `0555 123 456`: the national prefix 0; digits starting with 0 are never tried as international.
    const n = digits.slice(1);
    return validFor(KG, n) ? `+996${n}` : null;
  }
  if (defaultCountry !== 'KG' && digits.length === 11 && first === 56 /* 8 */) {
    // `8 701 123 45 67` in a KZ/RU shop: the national prefix 8. Only a valid result is certain here.
    // Not `810…` (the international prefix), and a country of +7 must claim the number (otherwise
    // libphonenumber validates it against the shop's own country).
    const n = digits.slice(1);
    if (n.charCodeAt(0) === 56 || digits.startsWith('810') || !claimed(SEVEN, n)) return undefined;
    return validFor(SEVEN, n) ? `+7${n}` : undefined;
  }
  return undefined;
};
