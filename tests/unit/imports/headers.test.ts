import { describe, expect, it } from 'vitest';
import { findHeader, headerFingerprint, normaliseHeader, uniqueHeaders } from '../../../shared/imports';

describe('header names', () => {
  it('normalises case, spaces, underscores, ё, BOM and a trailing colon', () => {
    expect(normaliseHeader('\uFEFF  Платёжная   Система: ')).toBe('платежная система');
    expect(normaliseHeader('billing_first_name')).toBe('billing first name');
    expect(normaliseHeader('E-MAIL')).toBe('e-mail');
    expect(normaliseHeader('№\u00A0заказа')).toBe('№ заказа');
  });

  it('finds a header by name whatever its spelling in the file', () => {
    expect(findHeader(['ID', 'Платёжная система'], 'платежная  система')).toBe('Платёжная система');
    expect(findHeader(['ID'], 'Телефон')).toBeUndefined();
  });

  it('gives the same fingerprint for the same header set in another order or case, another for a new set', () => {
    const a = headerFingerprint(['Номер заказа', 'ФИО', 'Телефон']);
    expect(headerFingerprint(['телефон', ' ФИО ', 'Номер  заказа'])).toBe(a);
    expect(headerFingerprint(['Номер заказа', 'ФИО', 'Телефон', 'E-mail'])).not.toBe(a);
    expect(a).toMatch(/^h1:3:[0-9a-f]{14}$/);
  });

  it('makes duplicate and empty headers unique and reports the renames', () => {
    const { headers, duplicates } = uniqueHeaders(['\uFEFFТелефон', 'ФИО', ' телефон ', '', 'Телефон']);
    expect(headers).toEqual(['Телефон', 'ФИО', 'телефон (2)', '#4', 'Телефон (3)']);
    expect(duplicates).toEqual([
      { column: 3, header: 'телефон', renamedTo: 'телефон (2)' },
      { column: 5, header: 'Телефон', renamedTo: 'Телефон (3)' },
    ]);
  });
});
