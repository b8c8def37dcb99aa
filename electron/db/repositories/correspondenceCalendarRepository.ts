import type { Jurisdiction } from '../../../shared/domain/common';
import type { Queryable } from '../connection';

export interface CalendarRow {
  id: number;
  country: Jurisdiction;
  year: number;
  version: string;
  /** CalendarFile JSON. */
  data: string;
  origin: 'shipped' | 'corrected';
  created_at: string;
  created_by: string;
}

/** The version in force of every stored year (optionally of one country). */
export const currentCalendars = (q: Queryable, country: Jurisdiction | null = null): Promise<CalendarRow[]> =>
  q.all<CalendarRow>(
    `SELECT c.* FROM working_calendars c
     WHERE c.id = (SELECT MAX(id) FROM working_calendars x WHERE x.country = c.country AND x.year = c.year)
       AND (:country IS NULL OR c.country = :country)
     ORDER BY c.country, c.year`,
    { country },
  );

/** Every version of one year, newest first. */
export const calendarVersions = (q: Queryable, country: Jurisdiction, year: number): Promise<CalendarRow[]> =>
  q.all<CalendarRow>(
    'SELECT * FROM working_calendars WHERE country = :country AND year = :year ORDER BY id DESC',
    { country, year },
  );

export const storedCalendarYears = async (q: Queryable): Promise<Set<string>> =>
  new Set(
    (
      await q.all<{ key: string }>("SELECT DISTINCT country || '-' || year AS key FROM working_calendars")
    ).map((r) => r.key),
  );

export const insertCalendarVersion = async (q: Queryable, row: Omit<CalendarRow, 'id'>): Promise<number> =>
  (
    await q.run(
      `INSERT INTO working_calendars (country, year, version, data, origin, created_at, created_by)
       VALUES (:country, :year, :version, :data, :origin, :created_at, :created_by)`,
      { ...row },
    )
  ).lastID;
