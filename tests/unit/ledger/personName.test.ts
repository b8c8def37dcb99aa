import { describe, expect, it } from 'vitest';
import { fullerName, nameSignature, namesCompatible, nameWords } from '../../../shared/ledger/personName';
import { addressWords, phoneTailTerm } from '../../../shared/ledger/searchTerms';

describe('the identity rule: names', () => {
  it('splits names into lower-case words, Ё = Е, initials apart', () => {
    expect(nameWords('  ФЁДОРОВ  И.И., «Пётр»')).toEqual(['федоров', 'и', 'и', 'петр']);
    expect(nameSignature('Иван Иванов')).toBe(nameSignature('иванов  ИВАН'));
  });

  it.each([
    ['Иванов Иван', 'Иван Иванов'],
    ['Иванов Иван', 'Иванов И.'],
    ['Иванов Иван Петрович', 'Иванов Иван'],
    ['И. П. Иванов', 'Иванов Иван Петрович'],
    ['Фёдоров Пётр', 'федоров петр'],
    ['', 'Асанова Айгуль'],
    ['Асанов', 'Асанов Бакыт'],
  ])('«%s» and «%s» are compatible', (a, b) => {
    expect(namesCompatible(a, b)).toBe(true);
    expect(namesCompatible(b, a)).toBe(true);
  });

  it.each([
    ['Асанов Бакыт', 'Асанова Айгуль'],
    ['Иванов Иван', 'Иванов Игорь'],
    ['Aigul Asanova', 'Айгуль Асанова'],
    ['И. Иванов', 'Петров Иван'],
    ['Иванов Иван Иванович', 'Иванов Иван Петрович'],
  ])('«%s» and «%s» are not', (a, b) => {
    expect(namesCompatible(a, b)).toBe(false);
    expect(namesCompatible(b, a)).toBe(false);
  });

  it('an initial pairs with one word only, with the same first letter', () => {
    expect(namesCompatible('И. И. Иванов', 'Иван Ильич Иванов')).toBe(true);
    expect(namesCompatible('И. П. Иванов', 'Иван Иванович Иванов')).toBe(false);
    expect(namesCompatible('И. И.', 'Иван')).toBe(true);
  });

  it('prefers the more complete name', () => {
    expect(fullerName('Иван', 'Иванов Иван')).toBe('Иванов Иван');
    expect(fullerName('И. Иванов', 'Иван Иванов')).toBe('Иван Иванов');
    expect(fullerName('Иван Иванов', 'Иванов Иван')).toBe('Иван Иванов');
  });
});

describe('look-up terms', () => {
  it('keeps the words of an address that find someone', () => {
    expect(addressWords('г. Бишкек, ул. Киевская, д. 12\nкв. 5')).toEqual(['бишкек', 'киевская', '12']);
  });

  it('stores a phone reversed, so its last digits are a prefix', () => {
    expect(phoneTailTerm('+996555123456')).toBe('#654321555699');
    expect(phoneTailTerm('+996555123456').startsWith(`#${'3456'.split('').reverse().join('')}`)).toBe(true);
  });
});
