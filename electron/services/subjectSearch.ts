import type { DefaultCountry } from '../../shared/imports/fields';
import { normalisePhone } from '../../shared/imports/normalise';
import { nameWords } from '../../shared/ledger/personName';
import { PHONE_TAIL, addressWords } from '../../shared/ledger/searchTerms';
import type { Queryable } from '../db/connection';
import {
  countPostings,
  expandPrefix,
  idsByEmailPrefix,
  idsByOrderNumber,
  idsByPhone,
  idsByPhoneTail,
  idsByWords,
} from '../db/repositories/subjectSearchRepository';

/** Distinct terms a word may stand for (its prefix expansion); more means "too short to narrow". */
const MAX_EXPANSION = 40;
const SELECTIVE = 2000;

/** What the officer typed, stripped of characters no index holds (NUL, control and format characters). */
export const cleanQuery = (input: string): string =>
  input
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);

const PHONE_LIKE = /^[+\d\s()\-.]+$/;

/** Digits as typed → phone-tail prefixes: the digits, and without a leading trunk 0 or 8. */
const tailTerms = (digits: string): string[] => {
  const tails = [PHONE_TAIL + [...digits].reverse().join('')];
  if (/^[08]\d{4,}$/.test(digits)) tails.push(PHONE_TAIL + [...digits.slice(1)].reverse().join(''));
  return tails;
};

const pushAll = (into: number[], seen: Set<number>, found: number[]) => {
  for (const id of found) {
    if (seen.has(id)) continue;
    seen.add(id);
    into.push(id);
  }
};

/**
 * Subject look-up: a phone as typed (any national or international form) or by its last 4+ digits,
 * an e-mail prefix, an order number, or words — each the start of a word of the name or of a
 * delivery address, all of them required. Exact hits (phone, order number, e-mail) come first.
 */
export const searchSubjectIds = async (
  q: Queryable,
  organisationId: number,
  country: DefaultCountry,
  input: string,
  cap: number,
): Promise<number[]> => {
  const text = cleanQuery(input);
  if (text === '') return [];
  const found: number[] = [];
  const seen = new Set<number>();
  const digits = text.replace(/\D/g, '');
  if (PHONE_LIKE.test(text) && digits.length >= 4) {
    const e164 = digits.length >= 7 ? normalisePhone(text, country) : null;
    if (e164) pushAll(found, seen, await idsByPhone(q, organisationId, e164, cap));
  }
  if (!/\s/.test(text)) {
    pushAll(
      found,
      seen,
      await idsByOrderNumber(q, organisationId, [text, `#${text.replace(/^#/, '')}`], cap),
    );
    if (/^[^\s@]+@?[^\s@]*$/.test(text) && /[@.\d_]/.test(text))
      pushAll(found, seen, await idsByEmailPrefix(q, organisationId, text.toLowerCase(), cap));
  }
  const words =
    PHONE_LIKE.test(text) && digits.length >= 4
      ? [{ names: tailTerms(digits), addresses: [] as string[] }]
      : await Promise.all(
          [...new Set([...nameWords(text), ...addressWords(text)])].map(async (word) => ({
            names: await expandPrefix(q, 'subject_terms', organisationId, word, MAX_EXPANSION),
            addresses: await expandPrefix(q, 'address_terms', organisationId, word, MAX_EXPANSION),
          })),
        );
  if (words.length === 0 || words.some((w) => w.names.length + w.addresses.length === 0)) return found;
  if (PHONE_LIKE.test(text) && digits.length >= 4) {
    // Phone tails are a range, not a word: every number ending in these digits.
    pushAll(found, seen, await idsByPhoneTail(q, organisationId, tailTerms(digits), cap));
    return found.slice(0, cap);
  }
  const sized = await Promise.all(
    words.map(async (w) => ({ w, n: await countPostings(q, organisationId, w, SELECTIVE) })),
  );
  sized.sort((a, b) => a.n - b.n);
  const [driver, ...others] = sized.map((s) => s.w);
  if (driver) pushAll(found, seen, await idsByWords(q, organisationId, driver, others, cap));
  return found.slice(0, cap);
};
