import type { Jurisdiction } from '../domain/common';
import type { CalendarFile, DayName } from './calendarSchema';
import { CalendarCoverageError, DeadlineError } from './errors';
import { addDays, isWeekend, yearOf } from './isoDate';

/** Working days of one country, built from its yearly calendar files. */
export interface WorkingCalendar {
  readonly country: Jurisdiction;
  /** Years with a calendar file, ascending. */
  readonly years: readonly number[];
  /**
   * Throws CalendarCoverageError for a year before the first calendar. A year after the last one is
   * counted on weekends only (Saturday and Sunday off, no holidays): see `isExtrapolated`.
   */
  isWorkingDay(date: string): boolean;
  /** True for a year after the last calendar file: its days are guessed from weekends only. */
  isExtrapolated(year: number): boolean;
  /** The first working day strictly after `date`. */
  nextWorkingDay(date: string): string;
  /** `date` itself when it is a working day, otherwise the next working day (Civil Code RF art. 193). */
  workingDayOnOrAfter(date: string): string;
  /** The n-th working day counted from the day after `date` (n = 0 returns `date`). */
  addWorkingDays(date: string, n: number): string;
  /** The holiday's name, if the calendar gives one. */
  dayName(date: string): DayName | undefined;
  /**
   * The calendar file for a year: a weekends-only stand-in (verify, version `<year>-weekends`) after
   * the last file; throws before the first one.
   */
  fileFor(year: number): CalendarFile;
  /** `RU:2026-1` or `RU:2026-1+2027-1`: the versions of the files covering the dates from..to. */
  versionLabel(from: string, to: string): string;
}

/**
 * The stand-in for a year past the last known calendar: Saturday and Sunday off, nothing else. A
 * deadline that needs it is computed, not refused, and says «проверьте» (CALENDAR_EXTRAPOLATED).
 */
export const weekendsOnly = (country: Jurisdiction, year: number): CalendarFile => ({
  country,
  year,
  version: `${year}-weekends`,
  daysOff: [],
  workingWeekends: [],
  shortDays: [],
  source: 'Производственного календаря на этот год нет: учтены только выходные дни (суббота, воскресенье)',
  verify: true,
  notes: '',
});

export const createWorkingCalendar = (
  country: Jurisdiction,
  files: readonly CalendarFile[],
): WorkingCalendar => {
  const byYear = new Map<number, CalendarFile>();
  for (const file of files) {
    if (file.country !== country) continue;
    if (byYear.has(file.year)) {
      throw new DeadlineError('CALENDAR_DUPLICATE_YEAR', `Two ${country} calendars for ${file.year}`);
    }
    byYear.set(file.year, file);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const daysOff = new Set(files.filter((f) => f.country === country).flatMap((f) => f.daysOff));
  const workingWeekends = new Set(
    files.filter((f) => f.country === country).flatMap((f) => f.workingWeekends),
  );

  const lastYear = years[years.length - 1];
  const isExtrapolated = (year: number): boolean => lastYear !== undefined && year > lastYear;
  const fileFor = (year: number): CalendarFile => {
    const file = byYear.get(year);
    if (file) return file;
    if (isExtrapolated(year)) return weekendsOnly(country, year);
    throw new CalendarCoverageError(country, `${year}-01-01`, years);
  };
  const isWorkingDay = (date: string): boolean => {
    const year = yearOf(date);
    if (!byYear.has(year) && !isExtrapolated(year)) throw new CalendarCoverageError(country, date, years);
    if (isWeekend(date)) return workingWeekends.has(date);
    return !daysOff.has(date);
  };
  const nextWorkingDay = (date: string): string => {
    let d = addDays(date, 1);
    while (!isWorkingDay(d)) d = addDays(d, 1);
    return d;
  };
  const addWorkingDays = (date: string, n: number): string => {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days must be a whole number ≥ 0: ${n}`);
    let d = date;
    for (let counted = 0; counted < n; counted += 1) d = nextWorkingDay(d);
    return d;
  };
  return {
    country,
    years,
    isWorkingDay,
    nextWorkingDay,
    isExtrapolated,
    workingDayOnOrAfter: (date) => (isWorkingDay(date) ? date : nextWorkingDay(date)),
    addWorkingDays,
    dayName: (date) => byYear.get(yearOf(date))?.dayNames?.[date],
    fileFor,
    versionLabel: (from, to) => {
      const versions: string[] = [];
      for (let y = yearOf(from); y <= yearOf(to); y += 1) versions.push(fileFor(y).version);
      return `${country}:${versions.join('+')}`;
    },
  };
};
