import { describe, expect, it } from 'vitest';
import { isoDateToText, parseDateText, parseTimeText, splitDateTime } from '../../../shared/format/dateText';

describe('dates typed as DD.MM.YYYY', () => {
  it('reads the day first in every spelling the officer types', () => {
    expect(parseDateText('05.03.2027')).toBe('2027-03-05');
    expect(parseDateText('5.3.2027')).toBe('2027-03-05');
    expect(parseDateText('5.3.27')).toBe('2027-03-05');
    expect(parseDateText('05/03/2027')).toBe('2027-03-05');
    expect(parseDateText('05-03-2027')).toBe('2027-03-05');
    expect(parseDateText('05032027')).toBe('2027-03-05');
    expect(parseDateText(' 29.02.2028 ')).toBe('2028-02-29');
  });

  it('refuses dates that do not exist and half-typed text', () => {
    for (const text of [
      '31.02.2027',
      '29.02.2027',
      '00.01.2027',
      '12.13.2027',
      '05.03',
      '2027-03-05',
      'abc',
      '',
    ]) {
      expect(parseDateText(text), text).toBeNull();
    }
  });

  it('shows a stored date as DD.MM.YYYY and leaves anything else as typed', () => {
    expect(isoDateToText('2027-03-05')).toBe('05.03.2027');
    expect(isoDateToText('05.03')).toBe('05.03');
    expect(isoDateToText('')).toBe('');
  });

  it('round-trips every day of a leap year', () => {
    for (
      let d = new Date(Date.UTC(2028, 0, 1));
      d.getUTCFullYear() === 2028;
      d.setUTCDate(d.getUTCDate() + 1)
    ) {
      const iso = d.toISOString().slice(0, 10);
      expect(parseDateText(isoDateToText(iso))).toBe(iso);
    }
  });
});

describe('24-hour times', () => {
  it('reads HH:MM, H, HMM and HH.MM', () => {
    expect(parseTimeText('21:30')).toBe('21:30');
    expect(parseTimeText('2130')).toBe('21:30');
    expect(parseTimeText('9')).toBe('09:00');
    expect(parseTimeText('9.05')).toBe('09:05');
    expect(parseTimeText('905')).toBe('09:05');
  });

  it('refuses times past 23:59 and AM/PM', () => {
    for (const text of ['24:00', '12:60', '9 PM', '9:5', '']) expect(parseTimeText(text), text).toBeNull();
  });

  it('splits a stored date-time into its parts', () => {
    expect(splitDateTime('2026-12-01T21:30')).toEqual({ date: '2026-12-01', time: '21:30' });
    expect(splitDateTime('')).toEqual({ date: '', time: '' });
  });
});
