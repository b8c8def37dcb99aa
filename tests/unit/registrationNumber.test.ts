import { describe, expect, it } from 'vitest';
import {
  checkKgInn,
  checkKzBin,
  checkRuInn,
  registrationNumberError,
} from '../../shared/domain/registrationNumber';

describe('registration numbers', () => {
  it('accepts valid RU INNs of legal entities (10 digits) and entrepreneurs (12 digits)', () => {
    expect(checkRuInn('7707083893')).toBeNull(); // Sberbank
    expect(checkRuInn('7736207543')).toBeNull(); // Yandex LLC
    expect(checkRuInn('500100732259')).toBeNull();
  });

  it('rejects RU INNs with a wrong check digit, wrong length or letters', () => {
    expect(checkRuInn('7707083894')).toBe('checksum');
    expect(checkRuInn('500100732258')).toBe('checksum');
    expect(checkRuInn('77070838')).toBe('length');
    expect(checkRuInn('77070838AB')).toBe('digitsOnly');
  });

  it('checks KZ BIN/IIN mod-11 check digits, including the second weight pass', () => {
    expect(checkKzBin('990740000683')).toBeNull();
    expect(checkKzBin('990740000684')).toBe('checksum');
    expect(checkKzBin('12345')).toBe('length');
  });

  it('requires 14 digits for a KG INN', () => {
    expect(checkKgInn('02311201910245')).toBeNull();
    expect(checkKgInn('0231120191024')).toBe('length');
  });

  it('maps problems to i18n keys per country and ignores other countries and empty values', () => {
    expect(registrationNumberError('RU', '7707083894')).toBe('validation.regNumber.RU.checksum');
    expect(registrationNumberError('KZ', '1')).toBe('validation.regNumber.KZ.length');
    expect(registrationNumberError('US', 'anything')).toBeNull();
    expect(registrationNumberError('RU', '')).toBeNull();
  });
});
