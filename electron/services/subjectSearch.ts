import type { DefaultCountry } from '../../shared/imports/fields';
import { normalisePhone } from '../../shared/imports/normalise';
import { PHONE_TAIL, isAddressStopWord } from '../../shared/ledger/searchTerms';
import type { Queryable } from '../db/connection';
import {
  searchSubjectIds,
  wordSizes,
  type SearchPlan,
  type SearchStream,
  type WordRange,
} from '../db/repositories/subjectSearchRepository';

/** Matches are counted up to this many; past it the list says «более 1000». */
export const SEARCH_COUNT_CAP = 1000;
/**
 * Postings of the driving word read to count a query of several words. A rare combination of common
 * words stops counting here (the page is still filled, by reading further).
 */
const WORD_BUDGET = 1000;

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

const anywhere = (prefix: string): WordRange => ({ prefix, names: true, addresses: true });

/** The look-ups a query stands for, in the order their hits are listed; `words` drive or narrow. */
const planOf = (text: string, country: DefaultCountry | null) => {
  const exact: SearchStream[] = [];
  const digits = text.replace(/\D/g, '');
  const phoneLike = PHONE_LIKE.test(text) && digits.length >= 4;
  if (phoneLike && digits.length >= 7 && country) {
    const e164 = normalisePhone(text, country);
    if (e164) exact.push({ kind: 'phone', e164 });
  }
  if (!/\s/.test(text)) {
    exact.push({ kind: 'orderNumber', numbers: [text, `#${text.replace(/^#/, '')}`] });
    if (/^[^\s@]+@?[^\s@]*$/.test(text) && /[@.\d_]/.test(text))
      exact.push({ kind: 'emailPrefix', prefix: text.toLowerCase() });
  }
  // Phone tails are one range each (every number ending in these digits), never split into words.
  const words: WordRange[][] = phoneLike
    ? [tailTerms(digits).map((prefix) => ({ prefix, names: true, addresses: false }))]
    : queryWords(text).map((w) => [anywhere(w)]);
  return { exact, words };
};

export interface SubjectSearchResult {
  /** Subject ids in the order listed, at least up to the page asked for. */
  ids: number[];
  total: number;
  /** More than `total` subjects match (counting stopped). */
  capped: boolean;
}

const counted = (ids: number[], wanted: number): SubjectSearchResult =>
  ids.length >= wanted ? { ids, total: wanted - 1, capped: true } : { ids, total: ids.length, capped: false };

/**
 * Subject look-up: a phone as typed (any national or international form) or by its last 4+ digits,
 * an e-mail prefix, an order number, or words — each the start of a word of the name or of a
 * delivery address, all of them required. Exact hits (phone, order number, e-mail) come first, then
 * the subjects of the driving word in the order of its index (by word, then as they entered the
 * ledger). Reads only as far as the page ending at `pageEnd` and the count need.
 */
export const searchSubjects = async (
  q: Queryable,
  organisationId: number,
  country: () => Promise<DefaultCountry | null>,
  input: string,
  pageEnd: number,
): Promise<SubjectSearchResult> => {
  const text = cleanQuery(input);
  if (text === '') return { ids: [], total: 0, capped: false };
  const digits = text.replace(/\D/g, '');
  const { exact, words } = planOf(text, PHONE_LIKE.test(text) && digits.length >= 7 ? await country() : null);
  const wanted = Math.max(pageEnd, SEARCH_COUNT_CAP) + 1;
  const plan = (driver: WordRange[], also: WordRange[]): SearchPlan => ({
    organisationId,
    streams: [...exact, ...driver.map((word) => ({ kind: 'word' as const, word }))],
    alsoWords: also,
  });
  if (words.length <= 1)
    return counted(await searchSubjectIds(q, plan(words[0] ?? [], []), wanted, -1), wanted);

  // Several words: the rarest drives; the others are checked per candidate.
  const single = words.map((w) => w[0] as WordRange);
  const sizes = await wordSizes(q, organisationId, single, WORD_BUDGET + 1);
  const at = sizes.indexOf(Math.min(...sizes));
  const driver = single[at] as WordRange;
  const others = single.filter((_, i) => i !== at);
  const whole = (sizes[at] ?? 0) <= WORD_BUDGET;
  const ids = await searchSubjectIds(q, plan([driver], others), wanted, whole ? -1 : WORD_BUDGET);
  if (ids.length >= wanted || whole) return counted(ids, wanted);
  // The budget ran out: what was found is a lower bound; read on only if the page is not full yet.
  if (ids.length > pageEnd) return { ids, total: ids.length - 1, capped: true };
  return counted(await searchSubjectIds(q, plan([driver], others), pageEnd + 1, -1), pageEnd + 1);
};
