import type { Insertable, Selectable } from 'kysely';
import type { Jurisdiction } from '../../../shared/domain/common';
import type { Queryable } from '../connection';
import { dbOf } from '../store/interop';
import type { WorkingCalendarsTable } from '../store/schema';
import type { Db, Tx } from '../store/types';

export type CalendarRow = Selectable<WorkingCalendarsTable>;

/** Unconverted callers (correspondence, breaches) still read with a Queryable. */
type Reader = Db | Queryable;

/** The version in force of every stored year (optionally of one country): the newest id per year. */
export const currentCalendars = async (
  q: Reader,
  country: Jurisdiction | null = null,
): Promise<CalendarRow[]> => {
  let query = dbOf(q)
    .k.selectFrom('working_calendars as c')
    .selectAll('c')
    .where('c.id', '=', (eb) =>
      eb
        .selectFrom('working_calendars as x')
        .select((x) => x.fn.max('x.id').as('id'))
        .whereRef('x.country', '=', 'c.country')
        .whereRef('x.year', '=', 'c.year'),
    );
  if (country !== null) query = query.where('c.country', '=', country);
  return query.orderBy('c.country').orderBy('c.year').execute();
};

/** Every version of one year, newest first. */
export const calendarVersions = (q: Reader, country: Jurisdiction, year: number): Promise<CalendarRow[]> =>
  dbOf(q)
    .k.selectFrom('working_calendars')
    .selectAll()
    .where('country', '=', country)
    .where('year', '=', year)
    .orderBy('id', 'desc')
    .execute();

/** `KG-2026`, … for every year held (in any version). */
export const storedCalendarYears = async (q: Reader): Promise<Set<string>> =>
  new Set(
    (await dbOf(q).k.selectFrom('working_calendars').select(['country', 'year']).distinct().execute()).map(
      (r) => `${r.country}-${r.year}`,
    ),
  );

/**
 * A new version (the newest id is in force). On PostgreSQL the server sets created_at and, for a
 * correction, created_by (the login's name), whatever is sent here.
 */
export const insertCalendarVersion = async (
  tx: Tx,
  row: Omit<Insertable<WorkingCalendarsTable>, 'id'>,
): Promise<number> =>
  (await tx.k.insertInto('working_calendars').values(row).returning('id').executeTakeFirstOrThrow()).id;
