import { describe, expect, it } from 'vitest';
import {
  dateStatus,
  daysLeft,
  deadlineStatus,
  hoursLeft,
  instantStatus,
} from '../../../shared/deadlines/countdown';

describe('countdown', () => {
  it('counts calendar days left to the last day', () => {
    expect(daysLeft('2026-12-07', '2026-11-22')).toBe(15); // 8 days left in November + 7
    expect(daysLeft('2026-11-22', '2026-11-22')).toBe(0);
    expect(daysLeft('2026-11-20', '2026-11-22')).toBe(-2);
    expect(daysLeft('2027-01-11', '2026-12-30')).toBe(12); // across the year end
  });

  it('classifies legal dates: the last day itself is still "due today"', () => {
    const today = '2026-11-22';
    expect(dateStatus('2026-11-21', today)).toBe('overdue');
    expect(dateStatus('2026-11-22', today)).toBe('dueToday');
    expect(dateStatus('2026-11-23', today)).toBe('thisWeek');
    expect(dateStatus('2026-11-29', today)).toBe('thisWeek');
    expect(dateStatus('2026-11-30', today)).toBe('later');
  });

  it('classifies instants by the time left', () => {
    const now = '2026-11-22T20:00:00.000Z';
    expect(hoursLeft('2026-11-23T19:30:00.000Z', now)).toBe(23); // 23 h 30 min
    expect(hoursLeft('2026-11-22T18:30:00.000Z', now)).toBe(-2); // 1 h 30 min ago
    expect(instantStatus('2026-11-22T20:00:00.000Z', now)).toBe('overdue');
    expect(instantStatus('2026-11-23T19:30:00.000Z', now)).toBe('dueToday');
    expect(instantStatus('2026-11-24T02:00:00.000Z', now)).toBe('thisWeek');
    expect(instantStatus('2026-12-01T00:00:00.000Z', now)).toBe('later');
  });

  it('judges hour periods by the instant and day periods by the legal date', () => {
    const now = { today: '2026-11-22', instant: '2026-11-22T20:00:00.000Z' };
    expect(
      deadlineStatus({ unit: 'hours', dueDate: '2026-11-22', dueAt: '2026-11-22T19:00:00.000Z' }, now),
    ).toBe('overdue');
    // A working-day period whose last day is today is not overdue until the day ends.
    expect(deadlineStatus({ unit: 'workingDays', dueDate: '2026-11-22', dueAt: null }, now)).toBe('dueToday');
  });
});
