/** Countdown helpers for lists and dashboards. */
import type { DeadlineResult } from './types';
import { daysBetween } from './isoDate';

export type DeadlineStatus = 'overdue' | 'dueToday' | 'thisWeek' | 'later';

/** Calendar days from `today` to the last day: 0 on the last day, negative once overdue. */
export const daysLeft = (dueDate: string, today: string): number => daysBetween(today, dueDate);

/**
 * Status of a legal date: overdue after the last day (the last day itself runs to 24:00, art. 194),
 * dueToday on it, thisWeek when it is 1–7 days away, later beyond.
 */
export const dateStatus = (dueDate: string, today: string): DeadlineStatus => {
  const left = daysLeft(dueDate, today);
  if (left < 0) return 'overdue';
  if (left === 0) return 'dueToday';
  return left <= 7 ? 'thisWeek' : 'later';
};

const HOUR_MS = 3_600_000;

/** Whole hours left until an instant (negative once passed; rounded toward the deadline). */
export const hoursLeft = (dueAt: string, now: string): number => {
  const ms = Date.parse(dueAt) - Date.parse(now);
  return ms >= 0 ? Math.floor(ms / HOUR_MS) : -Math.ceil(-ms / HOUR_MS);
};

/** Status of an instant: overdue once reached, dueToday within 24 h, thisWeek within 7 × 24 h. */
export const instantStatus = (dueAt: string, now: string): DeadlineStatus => {
  const ms = Date.parse(dueAt) - Date.parse(now);
  if (ms <= 0) return 'overdue';
  if (ms <= 24 * HOUR_MS) return 'dueToday';
  return ms <= 7 * 24 * HOUR_MS ? 'thisWeek' : 'later';
};

/** Hour periods are judged by the instant, day periods by the legal date in the organisation's zone. */
export const deadlineStatus = (
  deadline: Pick<DeadlineResult, 'unit' | 'dueDate' | 'dueAt'>,
  now: { today: string; instant: string },
): DeadlineStatus =>
  deadline.unit === 'hours' && deadline.dueAt
    ? instantStatus(deadline.dueAt, now.instant)
    : dateStatus(deadline.dueDate, now.today);
