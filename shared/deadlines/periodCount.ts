/**
 * Counting a period in days, weeks, months or working days from the day after `from` (Civil Code RF
 * art. 191), skipping paused days, and moving a non-working last day to the next working day (art. 193).
 */
import type { DeadlinePause } from './types';
import type { ExtensionUnit } from './ruleSchema';
import type { WorkingCalendar } from './workingCalendar';
import { addDays, addMonthsClamped, datesInRange } from './isoDate';

export interface PeriodOutcome {
  /** The last day before the art. 193 move. */
  rawLast: string;
  /** The last day after the move (equals rawLast when it is a working day). */
  last: string;
  /** Paused days that were not counted (calendar days, or working days for a working-day period). */
  skipped: string[];
}

/** Every paused date, merged (a day in two pauses is one day). */
export const pausedDates = (pauses: readonly DeadlinePause[]): Set<string> =>
  new Set(pauses.flatMap((p) => datesInRange(p.from, p.to)));

const countPausedIn = (paused: ReadonlySet<string>, after: string, upTo: string): string[] =>
  [...paused].filter((d) => d > after && d <= upTo).sort();

/** The calendar end for days/weeks/months, pushed by the paused days inside the running period. */
const calendarEnd = (
  from: string,
  amount: number,
  unit: Exclude<ExtensionUnit, 'workingDays'>,
  paused: ReadonlySet<string>,
) => {
  const raw =
    unit === 'months'
      ? addMonthsClamped(from, amount)
      : addDays(from, unit === 'weeks' ? amount * 7 : amount);
  // Each pushed day may itself be paused: repeat until the number of skipped days stops growing.
  let skipped: string[] = [];
  for (;;) {
    const end = addDays(raw, skipped.length);
    const inside = countPausedIn(paused, from, end);
    if (inside.length === skipped.length) return { end, skipped };
    skipped = inside;
  }
};

const workingEnd = (from: string, amount: number, paused: ReadonlySet<string>, calendar: WorkingCalendar) => {
  const skipped: string[] = [];
  let d = from;
  for (let counted = 0; counted < amount;) {
    d = addDays(d, 1);
    if (!calendar.isWorkingDay(d)) continue;
    if (paused.has(d)) skipped.push(d);
    else counted += 1;
  }
  return { end: d, skipped };
};

export const countPeriod = (
  from: string,
  amount: number,
  unit: ExtensionUnit,
  paused: ReadonlySet<string>,
  calendar: WorkingCalendar,
): PeriodOutcome => {
  if (unit === 'workingDays') {
    const { end, skipped } = workingEnd(from, amount, paused, calendar);
    return { rawLast: end, last: end, skipped };
  }
  const { end, skipped } = calendarEnd(from, amount, unit, paused);
  return { rawLast: end, last: calendar.workingDayOnOrAfter(end), skipped };
};
