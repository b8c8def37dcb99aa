import { describe, expect, it } from 'vitest';
import { formatRegistrationNumber, numberFormatError } from '../../../shared/correspondence/numbering';

const parts = { seq: 7, date: '2026-11-05', kindCode: 'П' };

describe('registration number formats', () => {
  it.each([
    ['{seq}-{kind}/{yyyy}', '7-П/2026'],
    ['Исх-{seq}/{yyyy}', 'Исх-7/2026'],
    ['{seq:3}/{yy}', '007/26'],
    ['{yyyy}-{mm}-{seq:4}', '2026-11-0007'],
    ['ВХ{seq}', 'ВХ7'],
  ])('%s → %s', (format, expected) => {
    expect(numberFormatError(format)).toBeNull();
    expect(formatRegistrationNumber(format, parts)).toBe(expected);
  });

  it('does not cut a sequence longer than its padding', () => {
    expect(formatRegistrationNumber('{seq:2}', { ...parts, seq: 1234 })).toBe('1234');
  });

  it.each([
    ['', 'validation.required'],
    ['{yyyy}/{kind}', 'validation.numbering.noSeq'],
    ['{seq}/{year}', 'validation.numbering.unknownToken'],
    ['{seq:0}', 'validation.numbering.unknownToken'],
    ['{seq}}', 'validation.numbering.unknownToken'],
    ['{seq', 'validation.numbering.unknownToken'],
    [`{seq}${'x'.repeat(60)}`, 'validation.tooLong'],
  ])('refuses %j', (format, key) => {
    expect(numberFormatError(format)).toBe(key);
  });
});
