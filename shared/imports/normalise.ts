import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { BoundedMemo } from '../boundedMemo';
import type { DefaultCountry } from './fields';
import { fastPhone } from './phoneFastPath';

/** Whitespace other than a single plain space: only such text needs the collapsing replace. */
const UNUSUAL_SPACE = /[^\S ]| {2}|\u200B/;

/** Trim and collapse runs of whitespace (including no-break spaces and line breaks) to one space. */
export const normaliseText = (value: string): string =>
  UNUSUAL_SPACE.test(value) ? value.replace(/[\s\u00A0\u200B\uFEFF]+/g, ' ').trim() : value.trim();

/**
 * Text whose line breaks mean something (a delivery address as written): each line trimmed and its
 * spaces collapsed, empty lines dropped, the lines kept.
 */
export const normaliseMultiline = (value: string): string =>
  LINE_BREAK.test(value)
    ? value
        .split(/\r\n|\r|\n|\u2028/)
        .map(normaliseText)
        .filter((line) => line !== '')
        .join('\n')
    : normaliseText(value); // one line (most cells): the same result without splitting

const LINE_BREAK = /[\r\n\u2028]/;

/** Full name from a full-name cell, or "first last" when only the parts are given. */
export const normaliseName = (fullName: string, firstName = '', lastName = ''): string => {
  const full = normaliseText(fullName);
  return full !== '' ? full : normaliseText(`${firstName} ${lastName}`);
};

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/;

/** Trimmed, lower-cased e-mail (a `mailto:` prefix is dropped), or null when it is not an address. */
export const normaliseEmail = (value: string): string | null => {
  const email = normaliseText(value)
    .replace(/^mailto:/i, '')
    .toLowerCase();
  return EMAIL.test(email) ? email : null;
};

/** V8's depth of the stack a new Error captures (Node and Chromium alike; not in the DOM typings). */
const v8Error = Error as unknown as { stackTraceLimit: number };

const validE164 = (text: string, country: CountryCode | undefined): string | null => {
  // libphonenumber reports text that is no number by throwing (and catching) a ParseError; capturing
  // the stack of each is most of its cost on a file full of invalid numbers, and nothing reads them.
  const stackTraceLimit = v8Error.stackTraceLimit;
  v8Error.stackTraceLimit = 0;
  try {
    const parsed = parsePhoneNumberFromString(text, country);
    return parsed !== undefined && parsed.isValid() ? parsed.number : null;
  } finally {
    v8Error.stackTraceLimit = stackTraceLimit;
  }
};

/**
 * Phone -> E.164, with the organisation's country as the default for national forms
 * (`0555 123 456` in KG, `8 701 123 45 67` in KZ). Also tries the digits as an international number
 * without `+` (`996555123456`, `79161234567`) and, for a KG shop, the `8 XXX` trunk form of +7 numbers,
 * since KG shops deliver to KZ/RU customers. Extensions are dropped. Returns null when nothing is valid.
 * When a cell holds several numbers (`,` `;` `/`), the first valid one wins.
 */
export const normalisePhone = (value: string, defaultCountry: DefaultCountry): string | null => {
  if (!SEVERAL.test(value)) {
    // One number in the cell: the fast path answers most without the memo's look-up.
    const fast = fastPhone(normaliseText(value), defaultCountry);
    if (fast !== undefined) return fast;
  }
  return phoneMemos[defaultCountry].get(value, () => parsePhone(value, defaultCountry));
};

/** What separates several numbers in one cell. */
const SEVERAL = /[,;/]/;

/**
 * libphonenumber takes 10–20 µs a number; repeat customers' phones (the same text in many orders) are
 * not parsed again. One memo per default country, so the cell text itself is the key.
 */
const phoneMemos: Record<DefaultCountry, BoundedMemo<string | null>> = {
  KG: new BoundedMemo(100_000),
  KZ: new BoundedMemo(100_000),
  RU: new BoundedMemo(100_000),
};

/**
 * One part of a phone cell (normalised text) -> E.164 through libphonenumber alone: the reference the
 * fast path (fastPhone) is tested against, and what answers every shape the fast path does not handle.
 */
export const phoneByLibphonenumber = (text: string, defaultCountry: DefaultCountry): string | null => {
  const digits = text.replace(/\D/g, '');
  return (
    validE164(text, defaultCountry) ??
    // No country calling code starts with 0: `+0…` is never valid, so it is not tried.
    (text.startsWith('+') || digits.startsWith('0') ? null : validE164(`+${digits}`, undefined)) ??
    (digits.length === 11 && digits.startsWith('8') ? validE164(`+7${digits.slice(1)}`, undefined) : null)
  );
};

const parsePhone = (value: string, defaultCountry: DefaultCountry): string | null => {
  for (const part of value.split(SEVERAL)) {
    const text = normaliseText(part);
    if (!/\d/.test(text)) continue;
    const fast = fastPhone(text, defaultCountry);
    const found = fast === undefined ? phoneByLibphonenumber(text, defaultCountry) : fast;
    if (found !== null) return found;
  }
  return null;
};
