import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addressWords, isAddressStopWord } from '../../../shared/ledger/searchTerms';

/** The definition addressWords implements in one pass: Unicode classes, split, trim hyphens, dedupe. */
const oracle = (address: string): string[] => {
  const words = new Set<string>();
  for (const raw of address
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^\p{L}\p{N}-]+/u)) {
    const word = raw.replace(/^-+|-+$/g, '');
    if ([...word].length >= 2 && !isAddressStopWord(word)) words.add(word);
  }
  return [...words];
};

/** Characters addresses are made of, and the awkward ones: marks, symbols, astral letters, lone surrogates. */
const unit = fc.oneof(
  fc.constantFrom(...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЁЖЯӘҒҚҢӨҰҮҺІ'),
  fc.constantFrom(...'abcxyzABCXYZ0123456789'),
  fc.constantFrom(' ', ',', '.', '-', '--', '/', '№', '\n', '\r\n', '\t', '\u00a0', '"', "'", '(', ')'),
  fc.constantFrom(
    '\u0301',
    '\u0483',
    '\u0482',
    'е\u0308',
    'ǅ',
    'ß',
    'İ',
    'ⅷ',
    '½',
    '٣',
    '𝒜',
    '𐐀',
    '😀',
    '\ud800',
    '\udc00',
  ),
  fc.constantFrom('ул', 'кв', 'д', 'пр-т', 'г', 'мкр', 'Чуй', 'Киевская', '12', 'р-н'),
);

describe('addressWords', () => {
  it('gives the words of splitting at non-letters, for any text (fast-check against the regex definition)', () => {
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 40 }).map((parts) => parts.join('')),
        (address) => {
          expect(addressWords(address)).toEqual(oracle(address));
        },
      ),
      { numRuns: 20_000, seed: 20261207 },
    );
  });

  it('keeps the words of an address as written, without its abbreviations', () => {
    expect(addressWords('г. Бишкек, ул. Киевская, д. 12\nкв. 5')).toEqual(['бишкек', 'киевская', '12']);
    expect(addressWords('мкр. Джал-23, д. 4/1 — Ёлочная')).toEqual(['джал-23', 'елочная']);
  });
});
