import type { SubjectListItem } from '../../shared/domain/ledger';
import type { DefaultCountry } from '../../shared/imports/fields';
import { normalisePhone } from '../../shared/imports/normalise';
import { PHONE_TAIL, isAddressStopWord } from '../../shared/ledger/searchTerms';
import type { Queryable } from '../db/connection';
import {
  searchSubjectPage,
  wordSizes,
  type ExactStream,
  type WordCheck,
} from '../db/repositories/subjectSearchRepository';

/** Matches are counted up to this many; past it the list says «более 1000». */
export const SEARCH_COUNT_CAP = 1000;
/** A driving word with at most this many postings is read whole: the count is exact, the order by name. */
const WORD_BUDGET = 1000;
/**
 * Postings of a common driving word checked at most to fill a page. A combination of common words that
 * is rare (or absent) stops here and says so (`incomplete`): checking every posting of a word that 1 in
 * 10 subjects have takes a third of a second per million subjects.
 */
export const SCAN_BUDGET = 2000;

/** What the officer typed, stripped of characters no index holds (NUL, control and format characters). */
export const cleanQuery = (input: string): string =>
  input
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);

const PHONE_LIKE = /^[+\d\s()\-.]+$/;
/** Digits of a phone's tail, at least («4321» matches about a thousandth of the ledger's phones). */
export const PHONE_TAIL_MIN = 4;

/** Digits as typed → phone-tail prefixes: the digits, and without a leading trunk 0 or 8. */
const tailTerms = (digits: string): string[] => {
  const tails = [PHONE_TAIL + [...digits].reverse().join('')];
  if (/^[08]\d{4,}$/.test(digits)) tails.push(PHONE_TAIL + [...digits.slice(1)].reverse().join(''));
  return tails;
};

/**
 * The words of a query as the indexes hold them (lower case, Ё = Е, split at anything but letters,
 * digits, hyphens and apostrophes). The abbreviations addresses are written with («ул.», «пр.», «д.»)
 * and lone digits are not indexed in addresses, so they narrow nothing and are left out — unless the
 * query has nothing else (someone named «Ул…»).
 */
export const queryWords = (text: string): string[] => {
  const words = [
    ...new Set(
      text
        .toLowerCase()
        .replace(/ё/g, 'е')
        .split(/[^\p{L}\p{N}'’-]+/u)
        .map((w) => w.replace(/^[-'’]+|[-'’]+$/g, ''))
        .filter((w) => w !== ''),
    ),
  ];
  const narrowing = words.filter((w) => !isAddressStopWord(w) && !/^\d$/.test(w));
  return narrowing.length > 0 ? narrowing : words;
};

/**
 * Each word with how many words of the query fall in its range (itself and the longer words it
 * starts): «иван иванов» finds «Иванов Иван» and «Иванов Иванович», not «Иванов Бакыт».
 */
const checksOf = (words: readonly string[]): WordCheck[] =>
  words.map((prefix) => ({ prefix, needed: words.filter((w) => w.startsWith(prefix)).length }));

/** The look-ups a query stands for: exact hits first, then the subjects of the words or phone tails. */
const planOf = (text: string, country: DefaultCountry | null) => {
  const exact: ExactStream[] = [];
  const digits = text.replace(/\D/g, '');
  const phoneLike = PHONE_LIKE.test(text) && digits.length > 0;
  if (phoneLike && digits.length >= 7 && country) {
    const e164 = normalisePhone(text, country);
    if (e164) exact.push({ kind: 'phone', e164 });
  }
  if (!/\s/.test(text)) {
    exact.push({ kind: 'orderNumber', numbers: [text, `#${text.replace(/^#/, '')}`] });
    if (/^[^\s@]+@?[^\s@]*$/.test(text) && /[@.\d_]/.test(text))
      exact.push({ kind: 'emailPrefix', prefix: text.toLowerCase() });
  }
  // A phone's tails are one range each (every number ending in these digits); fewer than
  // PHONE_TAIL_MIN digits find order numbers only (a tail that short matches a thousandth of a ledger).
  if (phoneLike) return { exact, tails: digits.length >= PHONE_TAIL_MIN ? tailTerms(digits) : [], words: [] };
  return { exact, tails: [], words: checksOf(queryWords(text)) };
};

export interface SubjectSearchResult {
  /** The page's subjects, in the order listed. */
  items: SubjectListItem[];
  total: number;
  /** More than `total` subjects match (counting stopped). */
  capped: boolean;
  /** Digits too few for a phone's tail: only order numbers were looked up. */
  tooShort: boolean;
  /** The look-up stopped after SCAN_BUDGET postings of its driving word: the query should be narrowed. */
  incomplete: boolean;
}

/**
 * Subject look-up: a phone as typed (any national or international form) or by its last 4+ digits,
 * an e-mail prefix, an order number, or words — each the start of a word of the name or of a
 * delivery address, all of them required. Exact hits (phone, order number, e-mail) come first; the
 * others follow by name when there are at most SEARCH_COUNT_CAP of them (the whole set is known),
 * else in the order of the index (by matched word, then as they entered the ledger), so every page of
 * one query lists the same order. Reads only as far as the page and the count need.
 */
export const searchSubjects = async (
  q: Queryable,
  organisationId: number,
  country: () => Promise<DefaultCountry | null>,
  input: string,
  page: { offset: number; limit: number },
): Promise<SubjectSearchResult> => {
  const text = cleanQuery(input);
  if (text === '') return { items: [], total: 0, capped: false, tooShort: false, incomplete: false };
  const digits = text.replace(/\D/g, '');
  const { exact, tails, words } = planOf(
    text,
    PHONE_LIKE.test(text) && digits.length >= 7 ? await country() : null,
  );
  const tooShort = PHONE_LIKE.test(text) && digits.length < PHONE_TAIL_MIN;
  const pageEnd = page.offset + page.limit;
  const wanted = Math.max(pageEnd, SEARCH_COUNT_CAP) + 1;
  const run = async (
    drive: string[],
    checks: WordCheck[],
    w: { wanted: number; raw: number; byName: boolean },
  ) => {
    const found = await searchSubjectPage(
      q,
      { organisationId, exact, drive, checks },
      { wanted: w.wanted, raw: w.raw, byNameUpTo: w.byName ? SEARCH_COUNT_CAP : -1, ...page },
    );
    return found.hits >= w.wanted
      ? { items: found.items, total: w.wanted - 1, capped: true, tooShort, incomplete: false }
      : { items: found.items, total: found.hits, capped: false, tooShort, incomplete: false };
  };
  if (words.length <= 1)
    return run(tails.length > 0 ? tails : words.map((w) => w.prefix), [], { wanted, raw: -1, byName: true });

  // Several words: the rarest drives (counted up to WORD_BUDGET + 1; of equal counts the longest: it is the more specific), the
  // others are checked per candidate; a word that starts others needs as many terms as they are.
  const sizes = await wordSizes(
    q,
    organisationId,
    words.map((w) => w.prefix),
    WORD_BUDGET + 1,
  );
  const order = words.map((w, i) => ({ w, size: sizes[i] ?? 0 }));
  order.sort((a, b) => a.size - b.size || b.w.prefix.length - a.w.prefix.length);
  const driver = order[0] as { w: WordCheck; size: number };
  const checks = words.filter((w) => w !== driver.w || w.needed > 1);
  const drive = [driver.w.prefix];
  if (driver.size <= WORD_BUDGET) return run(drive, checks, { wanted, raw: -1, byName: true });
  // A common driving word: its postings are checked until the page is full (more than the page is
  // a lower bound of the count), at most SCAN_BUDGET of them (a rare combination of common words
  // stops there and says so). The order is the index's on every page (the whole set is not known).
  const found = await run(drive, checks, { wanted: pageEnd + 1, raw: SCAN_BUDGET, byName: false });
  if (found.capped) return found;
  const [postings = 0] = await wordSizes(q, organisationId, drive, SCAN_BUDGET + 1);
  return { ...found, incomplete: postings > SCAN_BUDGET };
};
