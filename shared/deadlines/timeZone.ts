/**
 * Instants in an IANA time zone, with Intl only (no host zone involved). Legal dates are the local
 * dates of the organisation's zone; hour periods are absolute and need no zone except for display.
 */
import { isStrictInstant } from '../domain/common';
import { DeadlineError } from './errors';
import { addDays } from './isoDate';

/** Strict: an impossible instant (30 February, 24:00) is refused, never moved by Date. */
export const isInstant = (value: string): boolean => isStrictInstant(value);

const formatters = new Map<string, Intl.DateTimeFormat>();

const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-GB', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch {
      throw new DeadlineError('BAD_TIME_ZONE', `Unknown time zone: ${timeZone}`);
    }
    formatters.set(timeZone, f);
  }
  return f;
};

export const assertTimeZone = (timeZone: string): void => {
  formatterFor(timeZone);
};

interface LocalParts {
  date: string;
  time: string;
  /** The wall clock read as if it were UTC, in ms. */
  wallMs: number;
}

const localParts = (ms: number, timeZone: string): LocalParts => {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const time = `${parts.hour}:${parts.minute}`;
  const wallMs = Date.parse(`${date}T${time}:${parts.second}Z`);
  return { date, time, wallMs };
};

/** The local calendar date of an instant in a zone. */
export const localDateIn = (instant: string, timeZone: string): string =>
  localParts(Date.parse(instant), timeZone).date;

/** The local date and HH:MM of an instant in a zone. */
export const localDateTimeIn = (instant: string, timeZone: string): { date: string; time: string } => {
  const { date, time } = localParts(Date.parse(instant), timeZone);
  return { date, time };
};

/** The instant of 24:00 at the end of a local date (= 00:00 of the next day) in a zone, as UTC ISO. */
export const endOfLocalDay = (date: string, timeZone: string): string => {
  const wall = Date.parse(`${addDays(date, 1)}T00:00:00Z`);
  // Two rounds settle the zone offset even next to a DST change.
  let instant = wall;
  for (let i = 0; i < 2; i += 1) instant = wall - (localParts(instant, timeZone).wallMs - instant);
  return new Date(instant).toISOString();
};

export const addHours = (instant: string, hours: number): string =>
  new Date(Date.parse(instant) + hours * 3_600_000).toISOString();
