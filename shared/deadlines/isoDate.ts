/**
 * Arithmetic on legal (local) calendar dates written as YYYY-MM-DD. Dates are handled as UTC midnights
 * internally so that no host time zone or DST rule can move a day.
 */
import { isValidIsoDate } from '../domain/common';

const DAY_MS = 86_400_000;

const toUtcMs = (date: string): number => {
  if (!isValidIsoDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
};

const fromUtcMs = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export const addDays = (date: string, days: number): string => fromUtcMs(toUtcMs(date) + days * DAY_MS);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const isoWeekday = (date: string): number => {
  const day = new Date(toUtcMs(date)).getUTCDay();
  return day === 0 ? 7 : day;
};

export const isWeekend = (date: string): boolean => isoWeekday(date) >= 6;

export const yearOf = (date: string): number => Number(date.slice(0, 4));

export const compareDates = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The date `months` later on the same day of the month, or the month's last day when that day does not
 * exist (Civil Code RF art. 192 p. 3).
 */
export const addMonthsClamped = (date: string, months: number): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return fromUtcMs(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, lastDay)));
};

/** Every date from `from` to `to`, both included (empty when `to` is before `from`). */
export const datesInRange = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
};
