import { describe, expect, it } from 'vitest';
import { computeDeadline } from '../../../shared/deadlines/compute';
import { calendarOf, ruleById } from './fixtures';

// Inputs the engine checks before counting. Weekdays from 01.01.2026 = Thursday.

const ru = calendarOf('RU');
const access = ruleById('ru.access');
const policyClaim = ruleById('any.claim.policy');

describe('calendar checks', () => {
  it('needs the calendar of the rule country', () => {
    expect(() => computeDeadline({ rule: access, start: '2026-04-27' })).toThrow(
      expect.objectContaining({ code: 'CALENDAR_REQUIRED' }),
    );
    expect(() => computeDeadline({ rule: access, start: '2026-04-27', calendar: calendarOf('KZ') })).toThrow(
      expect.objectContaining({ code: 'CALENDAR_MISMATCH' }),
    );
  });

  it('refuses a working-day period that starts before the covered years', () => {
    // Received 30.12.2024: counting starts on 31.12.2024, and no 2024 calendar is shipped.
    expect(() => computeDeadline({ rule: access, start: '2024-12-30', calendar: ru })).toThrow(
      expect.objectContaining({ code: 'CALENDAR_OUT_OF_RANGE' }),
    );
  });

  it('reads the start date from an instant in the organisation zone', () => {
    // 05.11.2026 22:30 UTC is 06.11 01:30 in Moscow: received 06.11 → 06.12 (Sun) → Monday 07.12.2026,
    // whose 24:00 in Moscow is 07.12 21:00 UTC.
    const d = computeDeadline({
      rule: policyClaim,
      start: '2026-11-05T22:30:00Z',
      calendar: ru,
      timeZone: 'Europe/Moscow',
      policyClause: '8.2',
    });
    expect([d.startDate, d.dueDate, d.dueAt]).toEqual([
      '2026-11-06',
      '2026-12-07',
      '2026-12-07T21:00:00.000Z',
    ]);
    expect(d.steps.at(-1)).toEqual({
      kind: 'endOfDay',
      date: '2026-12-07',
      at: '2026-12-07T21:00:00.000Z',
      timeZone: 'Europe/Moscow',
    });
  });
});
