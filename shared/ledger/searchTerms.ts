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

/** Lower-case words of an address (Ё = Е): letters and digits, at least 2 characters, no stop words. */
export const addressWords = (address: string): string[] => {
  const words = new Set<string>();
  for (const raw of address
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^\p{L}\p{N}-]+/u)) {
    const word = raw.replace(/^-+|-+$/g, '');
    if ([...word].length >= 2 && !ADDRESS_STOP_WORDS.has(word)) words.add(word);
  }
  return [...words];
};

/** Distinct words of a name, as indexed. */
export const nameTerms = (name: string): string[] => [...new Set(nameWords(name))];

/** Marks a phone-tail term (digits reversed) so it never collides with a word. */
export const PHONE_TAIL = '#';

/** `+996555123456` → `#654321555699`: any ending of the number is a prefix of this term. */
export const phoneTailTerm = (e164: string): string =>
  PHONE_TAIL + e164.replace(/\D/g, '').split('').reverse().join('');
