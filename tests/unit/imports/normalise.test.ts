import { describe, expect, it } from 'vitest';
import { normaliseEmail, normaliseName, normalisePhone, parseOrderDate } from '../../../shared/imports';

describe('phones to E.164', () => {
  it.each([
    ['0555 123 456', '+996555123456'],
    ['+996 (555) 12-34-56', '+996555123456'],
    ['996555123456', '+996555123456'],
    ['555123456', '+996555123456'],
    ['0700 12 34 56', '+996700123456'],
    ['0312 123456', '+996312123456'],
    ['+7 701 123 45 67', '+77011234567'],
    ['8 701 123 45 67', '+77011234567'],
    ['79161234567', '+79161234567'],
  ])('KG shop: %s -> %s', (input, expected) => {
    expect(normalisePhone(input, 'KG')).toBe(expected);
  });

  it.each([
    ['8 701 123 45 67', '+77011234567'],
    ['87011234567', '+77011234567'],
    ['+7 (707) 765-43-21', '+77077654321'],
    ['7011234567', '+77011234567'],
    ['8 (727) 250-00-00', '+77272500000'],
    ['+996 555 123 456', '+996555123456'],
  ])('KZ shop: %s -> %s', (input, expected) => {
    expect(normalisePhone(input, 'KZ')).toBe(expected);
  });

  it.each([
    ['+7 (916) 123-45-67', '+79161234567'],
    ['8 (916) 123-45-67', '+79161234567'],
    ['89161234567', '+79161234567'],
    ['9161234567', '+79161234567'],
    ['7 916 123 45 67', '+79161234567'],
    ['+7 916 123-45-67 доб. 12', '+79161234567'],
    ['+79161234567; +79031112233', '+79161234567'],
    ['тел.: 8-916-123-45-67', '+79161234567'],
  ])('RU shop: %s -> %s', (input, expected) => {
    expect(normalisePhone(input, 'RU')).toBe(expected);
  });

  it.each(['12345', '12-34', 'нет', '+7 (000) 000-00-00', '+996 123 456 789', '', '   '])(
    'rejects %j',
    (input) => {
      expect(normalisePhone(input, 'RU')).toBeNull();
      expect(normalisePhone(input, 'KG')).toBeNull();
    },
  );
});

describe('e-mails and names', () => {
  it('trims and lower-cases e-mails, drops mailto:, rejects non-addresses', () => {
    expect(normaliseEmail('  Ivan.Petrov@Example.RU ')).toBe('ivan.petrov@example.ru');
    expect(normaliseEmail('mailto:AIGUL@example.kg')).toBe('aigul@example.kg');
    for (const bad of [
      'ivan@',
      '@example.ru',
      'ivan example.ru',
      'a@b',
      'a@b.c',
      'a,b@example.ru',
      'a@b.ru; c@d.ru',
    ]) {
      expect(normaliseEmail(bad)).toBeNull();
    }
  });

  it('trims and collapses names, building a full name from first and last when needed', () => {
    expect(normaliseName('  Иванов\u00A0 Иван \n Иванович ')).toBe('Иванов Иван Иванович');
    expect(normaliseName('', ' Әлия ', ' Қасымова ')).toBe('Әлия Қасымова');
    expect(normaliseName('', '', 'Ким')).toBe('Ким');
    expect(normaliseName('', '', '')).toBe('');
  });
});

describe('order dates', () => {
  it('accepts exactly the days each month of 1990–2100 has (leap years included)', () => {
    for (let year = 1990; year <= 2100; year++)
      for (let month = 1; month <= 12; month++) {
        const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
        for (let day = 28; day <= 32; day++)
          expect(parseOrderDate(`${day}.${month}.${year}`) !== null, `${day}.${month}.${year}`).toBe(
            day <= days,
          );
      }
  });

  it.each([
    ['2025-01-15 10:22:33 +0600', '2025-01-15T10:22:33'],
    ['2025-01-15 10:22:33 -05:00', '2025-01-15T10:22:33'],
    ['2025-01-15 10:22:33', '2025-01-15T10:22:33'],
    ['2025-01-15T10:22:33', '2025-01-15T10:22:33'],
    ['2025-01-15T10:22:33.123Z', '2025-01-15T10:22:33'],
    ['2025-01-15 10:22', '2025-01-15T10:22:00'],
    ['15.01.2025 10:22:33', '2025-01-15T10:22:33'],
    ['5.1.2025 9:05', '2025-01-05T09:05:00'],
    ['15.01.2025', '2025-01-15'],
    ['2025-01-15', '2025-01-15'],
    ['29.02.2024', '2024-02-29'],
  ])('%s -> %s', (input, expected) => {
    expect(parseOrderDate(input)).toBe(expected);
  });

  it.each([
    '29.02.2025',
    '32.01.2025',
    '2025-13-01',
    '15.01.2025 24:00:00',
    '01/15/2025',
    'вчера',
    '45678',
    '',
  ])('rejects %j', (input) => {
    expect(parseOrderDate(input)).toBeNull();
  });
});
