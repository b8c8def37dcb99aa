import { describe, expect, it } from 'vitest';
import { CalendarCoverageError, DeadlineError } from '../../../shared/deadlines/errors';
import { createWorkingCalendar } from '../../../shared/deadlines/workingCalendar';
import { calendarOf, shippedCalendars } from './fixtures';

// Weekdays are worked out from 01.01.2025 = Wednesday, 01.01.2026 = Thursday, 01.01.2027 = Friday.

describe('RU working calendar', () => {
  const ru = calendarOf('RU');

  it('knows weekends, public holidays and days moved by decree', () => {
    expect(ru.isWorkingDay('2026-11-23')).toBe(true); // Monday
    expect(ru.isWorkingDay('2026-11-21')).toBe(false); // Saturday
    expect(ru.isWorkingDay('2026-11-04')).toBe(false); // Unity Day, Wednesday
    expect(ru.isWorkingDay('2026-01-09')).toBe(false); // Friday, day off moved from Saturday 03.01
    expect(ru.isWorkingDay('2025-05-08')).toBe(false); // Thursday, moved from Sunday 23.02.2025
    expect(ru.isWorkingDay('2025-02-24')).toBe(true); // Monday: 23.02 was moved to 08.05 instead
    expect(ru.isWorkingDay('2025-11-01')).toBe(true); // working Saturday (Decree No. 1335)
    expect(ru.isWorkingDay('2027-02-20')).toBe(true); // working Saturday (2027 data, verify)
  });

  it('moves to the next working day across the New Year holidays', () => {
    // 30.12.2025 Tue → 31.12 off (moved from 05.01) → 01–11.01.2026 off → Monday 12.01.2026.
    expect(ru.nextWorkingDay('2025-12-30')).toBe('2026-01-12');
    expect(ru.workingDayOnOrAfter('2026-12-05')).toBe('2026-12-07'); // Saturday → Monday
    expect(ru.workingDayOnOrAfter('2026-12-07')).toBe('2026-12-07');
  });

  it('adds working days from the day after, skipping weekends and holidays', () => {
    // From Wed 29.10.2025: Thu 30 (1), Fri 31 (2), working Sat 01.11 (3), 03–04.11 off, Wed 05 (4), Thu 06 (5),
    // Fri 07 (6), Mon 10 (7), Tue 11 (8), Wed 12 (9), Thu 13 (10).
    expect(ru.addWorkingDays('2025-10-29', 10)).toBe('2025-11-13');
    expect(ru.addWorkingDays('2026-11-23', 0)).toBe('2026-11-23');
    expect(() => ru.addWorkingDays('2026-11-23', -1)).toThrow(RangeError);
  });

  it('labels the versions of the years a period covers', () => {
    expect(ru.versionLabel('2026-11-06', '2026-12-07')).toBe('RU:2026-1');
    expect(ru.versionLabel('2025-12-27', '2026-01-21')).toBe('RU:2025-1+2026-1');
    expect(ru.dayName('2026-03-08')?.ru).toBe('Международный женский день');
  });

  it('refuses dates before the first calendar, and counts a year after the last one on weekends only', () => {
    expect(() => ru.isWorkingDay('2024-12-31')).toThrow(CalendarCoverageError);
    const error = (() => {
      try {
        ru.isWorkingDay('2024-05-01');
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(DeadlineError);
    expect(error).toMatchObject({
      code: 'CALENDAR_OUT_OF_RANGE',
      country: 'RU',
      coveredYears: [2025, 2026, 2027],
    });
    // 2028: no calendar, so Monday 01.05.2028 (a holiday in fact) is a working day, Saturday is not.
    expect(ru.isExtrapolated(2028)).toBe(true);
    expect(ru.isExtrapolated(2027)).toBe(false);
    expect(ru.isWorkingDay('2028-05-01')).toBe(true);
    expect(ru.isWorkingDay('2028-01-01')).toBe(false);
    // Friday 31.12.2027 is off (decree), so the next working day is Monday 03.01.2028 (weekends only).
    expect(ru.nextWorkingDay('2027-12-30')).toBe('2028-01-03');
    expect(ru.fileFor(2028)).toMatchObject({ version: '2028-weekends', verify: true, daysOff: [] });
    expect(ru.versionLabel('2027-12-20', '2028-01-10')).toBe('RU:2027-1+2028-weekends');
  });

  it('refuses two files for the same year', () => {
    const twice = [...shippedCalendars(), ...shippedCalendars().filter((f) => f.country === 'RU')];
    expect(() => createWorkingCalendar('RU', twice)).toThrow(/Two RU calendars for 2025/);
  });

  it('covers nothing without files', () => {
    expect(() => createWorkingCalendar('RU', []).isWorkingDay('2026-01-12')).toThrow(/covered years: none/);
  });
});

describe('KZ working calendar', () => {
  const kz = calendarOf('KZ');

  it('moves holidays that fall on a weekend, but not religious ones', () => {
    // Nauryz 2026: 21 Sat, 22 Sun, 23 Mon → days off 23, 24, 25 March.
    expect(['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26'].map(kz.isWorkingDay)).toEqual([
      false,
      false,
      false,
      true,
    ]);
    expect(kz.isWorkingDay('2025-12-16')).toBe(false); // Independence Day, Tuesday
    expect(kz.isWorkingDay('2026-12-31')).toBe(true); // 31 December is worked in KZ
    expect(kz.isWorkingDay('2025-01-05')).toBe(true); // working Sunday (moved to Friday 03.01.2025)
    expect(kz.isWorkingDay('2027-05-17')).toBe(true); // Kurban Ait on Sunday 16.05.2027 is not moved
  });
});

describe('KG working calendar', () => {
  const kg = calendarOf('KG');

  it('has the 2025 Labour Code holidays and no moves for weekend holidays', () => {
    expect(kg.isWorkingDay('2026-03-09')).toBe(true); // 8 March 2026 is a Sunday: not moved
    expect(kg.isWorkingDay('2026-03-20')).toBe(false); // Orozo Ait
    expect(kg.isWorkingDay('2026-02-23')).toBe(true); // a holiday, but worked (shortened)
    expect(kg.isWorkingDay('2026-05-06')).toBe(false); // May holidays 1–9 May
    expect(kg.isWorkingDay('2026-01-08')).toBe(true); // extension to 08–09.01 was for state bodies only
    expect(kg.nextWorkingDay('2026-04-30')).toBe('2026-05-11');
  });
});
