import type { Jurisdiction } from '../domain/common';

export type DeadlineErrorCode =
  | 'CALENDAR_OUT_OF_RANGE'
  | 'CALENDAR_REQUIRED'
  | 'CALENDAR_MISMATCH'
  | 'CALENDAR_DUPLICATE_YEAR'
  | 'BAD_START'
  | 'TIME_ZONE_REQUIRED'
  | 'BAD_TIME_ZONE'
  | 'AMOUNT_NOT_CONFIGURABLE'
  | 'AMOUNT_OUT_OF_RANGE'
  | 'EXTENSION_NOT_ALLOWED'
  | 'EXTENSION_TOO_LONG'
  | 'PAUSE_NOT_ALLOWED'
  | 'BAD_PAUSE';

/** A deadline that cannot be computed. `code` is stable; the renderer maps it to a translated message. */
export class DeadlineError extends Error {
  constructor(
    readonly code: DeadlineErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DeadlineError';
  }
}

/**
 * A date outside the years the working-day calendar covers. Never guessed: the user must add or
 * correct the calendar for that year first.
 */
export class CalendarCoverageError extends DeadlineError {
  constructor(
    readonly country: Jurisdiction,
    readonly date: string,
    readonly coveredYears: readonly number[],
  ) {
    super(
      'CALENDAR_OUT_OF_RANGE',
      `No ${country} working-day calendar for ${date.slice(0, 4)} (date ${date}); covered years: ${
        coveredYears.length ? coveredYears.join(', ') : 'none'
      }`,
    );
    this.name = 'CalendarCoverageError';
  }
}
