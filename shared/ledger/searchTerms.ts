import { nameWords } from './personName';

/**
 * Words the subjects ledger indexes for look-ups (B-tree "starts with" ranges, see subjectSearch):
 * every word of a name, every word of a delivery address (except the abbreviations every address
 * has), and each phone's digits reversed, so "the last 4+ digits" is a prefix too.
 */

/** Address words too common to find anyone by. */
const ADDRESS_STOP_WORDS = new Set([
  'ул',
  'улица',
  'г',
  'город',
  'д',
  'дом',
  'кв',
  'квартира',
  'пр',
  'пр-т',
  'проспект',
  'мкр',
  'мкрн',
  'микрорайон',
  'обл',
  'область',
  'р-н',
  'район',
  'пер',
  'переулок',
  'корп',
  'стр',
  'пос',
  'с',
  'ж/м',
  'st',
  'street',
  'apt',
  'ave',
  'rd',
]);

/** An abbreviation every address has («ул», «д», «кв»…): not indexed, so a query leaves it out. */
export const isAddressStopWord = (word: string): boolean => ADDRESS_STOP_WORDS.has(word);

const WORD_CHAR = /^[\p{L}\p{N}-]$/u;

/**
 * Whether a UTF-16 unit (or code point) belongs to a word: a letter, a digit or `-`. Lower-case Latin,
 * digits and the Cyrillic block are answered without a regular expression (nearly every address is
 * written in them); anything else asks the Unicode classes.
 */
const isWordChar = (code: number): boolean => {
  if (code < 0x80)
    return (
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x30 && code <= 0x39) ||
      code === 0x2d ||
      (code >= 0x41 && code <= 0x5a)
    );
  if (code >= 0x400 && code <= 0x4ff) return code < 0x482 || code > 0x489; // ҂ and the combining marks are not letters
  return WORD_CHAR.test(String.fromCodePoint(code));
};

/**
 * Lower-case words of an address (Ё = Е): letters and digits, at least 2 characters, no stop words.
 * One pass over the text (this runs for every order of a million-row import); the same words as
 * splitting at `[^\p{L}\p{N}-]+` and trimming hyphens (tested against that as an oracle).
 */
export const addressWords = (address: string): string[] => {
  const text = address.normalize('NFC').toLowerCase().replace(/ё/g, 'е');
  const words: string[] = [];
  let start = -1;
  let astral = false;
  for (let i = 0; i <= text.length; i++) {
    let code = i < text.length ? text.charCodeAt(i) : 0x20;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        width = 2;
      }
    }
    if (isWordChar(code)) {
      if (start < 0) {
        start = i;
        astral = false;
      }
      if (width === 2) {
        astral = true;
        i++;
      }
    } else if (start >= 0) {
      addWord(words, text, start, i, astral);
      start = -1;
    }
  }
  return words;
};

/** text[start, end) without its leading and trailing hyphens, when it is a word to index and new. */
const addWord = (words: string[], text: string, start: number, end: number, astral: boolean): void => {
  while (start < end && text.charCodeAt(start) === 0x2d) start++;
  while (end > start && text.charCodeAt(end - 1) === 0x2d) end--;
  if (end - start < 2) return;
  const word = text.slice(start, end);
  if (astral && [...word].length < 2) return;
  if (!ADDRESS_STOP_WORDS.has(word) && !words.includes(word)) words.push(word);
};

/** Distinct words of a name, as indexed. */
export const nameTerms = (name: string): string[] => [...new Set(nameWords(name))];

/** Marks a phone-tail term (digits reversed) so it never collides with a word. */
export const PHONE_TAIL = '#';

/** `+996555123456` → `#654321555699`: any ending of the number is a prefix of this term. */
export const phoneTailTerm = (e164: string): string =>
  PHONE_TAIL + e164.replace(/\D/g, '').split('').reverse().join('');
