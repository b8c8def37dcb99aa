import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Jurisdiction } from '../../../shared/domain/common';
import { CalendarFile, createWorkingCalendar, type WorkingCalendar } from '../../../shared/deadlines';
import type { Queryable } from '../../db/connection';
import { entryForServerSeal } from '../../db/store/auditedChange';
import { txOf } from '../../db/store/interop';
import type { Db, Tx } from '../../db/store/types';
import { resourcePath } from '../../runtimeAssets';
import {
  currentCalendars,
  insertCalendarVersion,
  storedCalendarYears,
  type CalendarRow,
} from '../../db/repositories/correspondenceCalendarRepository';

const shippedCache = new Map<string, Promise<CalendarFile[]>>();

/** The calendar files shipped in resources/calendars (parsed once per folder). */
export const shippedCalendarFiles = (resourcesDir: string): Promise<CalendarFile[]> => {
  const cached = shippedCache.get(resourcesDir);
  if (cached) return cached;
  const dir = resourcePath(resourcesDir, 'calendars');
  const loading = readdir(dir).then((names) =>
    Promise.all(
      names
        .filter((n) => /^[A-Z]{2}-\d{4}\.json$/.test(n))
        .sort()
        .map(async (n) => CalendarFile.parse(JSON.parse(await readFile(join(dir, n), 'utf8')))),
    ),
  );
  shippedCache.set(resourcesDir, loading);
  loading.catch(() => shippedCache.delete(resourcesDir));
  return loading;
};

/**
 * Copies every shipped year the database does not hold yet (first use, or a new app version that
 * ships another year). A stored year is never overwritten: the user's corrections win. Call inside
 * a write transaction so two callers cannot seed the same year. On PostgreSQL the server requires
 * an audit entry for every calendar row, so each seeded year gets an app-wide one ("shipped with the
 * app"); SQLite keeps its trail as it was (the row's origin says where it came from).
 */
export const seedCalendars = async (
  q: Tx | Queryable,
  resourcesDir: string,
  now: string,
): Promise<number> => {
  const tx = txOf(q);
  const stored = await storedCalendarYears(tx);
  const missing = (await shippedCalendarFiles(resourcesDir)).filter(
    (f) => !stored.has(`${f.country}-${f.year}`),
  );
  for (const file of missing) {
    const row = {
      country: file.country,
      year: file.year,
      version: file.version,
      data: JSON.stringify(file),
      origin: 'shipped',
      created_at: now,
      created_by: '',
    } as const;
    const id = await insertCalendarVersion(tx, row);
    if (tx.engine === 'postgres')
      await entryForServerSeal(tx, {
        entity: 'workingCalendar',
        entityId: id,
        organisationId: null,
        action: 'create',
        before: null,
        after: { country: row.country, year: row.year, version: row.version, origin: row.origin },
      });
  }
  return missing.length;
};

/** Shipped years the database does not hold yet (nothing to seed when empty). */
export const unseededYears = async (db: Db, resourcesDir: string): Promise<number> => {
  const stored = await storedCalendarYears(db);
  return (await shippedCalendarFiles(resourcesDir)).filter((f) => !stored.has(`${f.country}-${f.year}`))
    .length;
};

export const calendarFileOf = (row: CalendarRow): CalendarFile => CalendarFile.parse(JSON.parse(row.data));

/** The working calendar of a country from the versions in force in the database. */
export const workingCalendarOf = async (q: Queryable | Db, country: Jurisdiction): Promise<WorkingCalendar> =>
  createWorkingCalendar(country, (await currentCalendars(q, country)).map(calendarFileOf));
