import type { Jurisdiction } from '../../../shared/domain/common';
import type {
  CalendarCorrectionData,
  CalendarSummary,
  CalendarYear,
} from '../../../shared/domain/correspondenceCalendar';
import { CalendarFile } from '../../../shared/deadlines';
import { DomainError } from '../../../shared/ipc/result';
import { actorOf, type AppContext } from '../../context';
import type { Queryable } from '../../db/connection';
import {
  calendarVersions,
  currentCalendars,
  insertCalendarVersion,
  type CalendarRow,
} from '../../db/repositories/correspondenceCalendarRepository';
import { openItemIdsOfCountry } from '../../db/repositories/correspondenceRepository';
import { auditedChange, lockForChange, type Change } from '../../db/store/auditedChange';
import { storeOf } from '../../db/store/interop';
import type { Db } from '../../db/store/types';
import { calendarFileOf } from './calendars';
import { loadItem, mustFindItemRow } from './itemMapping';
import { recomputeItem } from './recompute';
import { ensureCalendars, scopeById } from './scope';

const toCalendarYear = (row: CalendarRow, history: readonly CalendarRow[]): CalendarYear => {
  const file = calendarFileOf(row);
  return {
    country: row.country,
    year: row.year,
    version: row.version,
    daysOff: file.daysOff,
    workingWeekends: file.workingWeekends,
    shortDays: file.shortDays,
    dayNames: file.dayNames ?? {},
    verifyDates: file.verifyDates ?? [],
    source: file.source,
    verify: file.verify,
    notes: file.notes,
    origin: row.origin,
    createdAt: row.created_at,
    createdBy: row.created_by,
    history: history
      .filter((h) => h.id !== row.id)
      .map((h) => ({ version: h.version, origin: h.origin, createdAt: h.created_at })),
  };
};

const yearOf = async (q: Db, country: Jurisdiction, year: number): Promise<CalendarYear | null> => {
  const versions = await calendarVersions(q, country, year);
  const current = versions[0];
  return current ? toCalendarYear(current, versions) : null;
};

/** `2026-1` → `2026-2`; a label that does not end in a number gets `-2` appended. */
const nextVersion = (year: number, versions: readonly CalendarRow[]): string => {
  let n = versions.length + 1;
  const taken = new Set(versions.map((v) => v.version));
  while (taken.has(`${year}-${n}`)) n += 1;
  return `${year}-${n}`;
};

/**
 * Re-derives the deadlines of open items of the country's organisations with the new calendar, each
 * change audited as the item's. The correspondence repositories are converted in step 4 (they read
 * through the transaction's legacy handle until then).
 */
const recomputeOpenItems = async (ctx: AppContext, { tx, now, audit }: Change, country: Jurisdiction) => {
  const q: Queryable = tx.legacy;
  let changed = 0;
  for (const id of await openItemIdsOfCountry(q, country)) {
    const row = await mustFindItemRow(q, id);
    const before = await loadItem(q, id);
    const scope = await scopeById(ctx, q, row.organisation_id);
    if (!(await recomputeItem(q, scope, id, now))) continue;
    changed += 1;
    const after = await loadItem(q, id);
    await audit({
      entity: 'correspondenceItem',
      entityId: id,
      organisationId: row.organisation_id,
      action: 'update',
      before,
      after,
    });
  }
  return changed;
};

/** The advisory lock of one country's year (two officers correcting it wait for each other). */
const yearLock = (country: Jurisdiction, year: number) =>
  ({ entity: 'workingCalendar', entityId: year * 10 + ['KG', 'KZ', 'RU'].indexOf(country) }) as const;

export const calendarService = (ctx: AppContext) => ({
  list: async (): Promise<CalendarSummary[]> => {
    await ensureCalendars(ctx);
    return (await currentCalendars(storeOf(ctx).read)).map((row) => {
      const { country, year, version, source, verify, origin, createdAt } = toCalendarYear(row, []);
      return { country, year, version, source, verify, origin, createdAt };
    });
  },

  get: async (country: Jurisdiction, year: number): Promise<CalendarYear> => {
    await ensureCalendars(ctx);
    const found = await yearOf(storeOf(ctx).read, country, year);
    if (!found) throw new DomainError('NOT_FOUND', 'errors.notFound');
    return found;
  },

  /**
   * Saves a correction (or a new year) as a new version and recomputes the deadlines of open items
   * in that country; answered and closed items keep the basis they were answered under.
   */
  correct: async (c: CalendarCorrectionData) => {
    await ensureCalendars(ctx);
    return auditedChange(ctx, async (change) => {
      const { tx, now, audit } = change;
      await lockForChange(tx, yearLock(c.country, c.year));
      const versions = await calendarVersions(tx, c.country, c.year);
      const version = c.version || nextVersion(c.year, versions);
      if (versions.some((v) => v.version === version))
        throw new DomainError('VALIDATION', 'errors.validation', {
          version: ['validation.calendar.versionTaken'],
        });
      const file = CalendarFile.parse({
        country: c.country,
        year: c.year,
        version,
        daysOff: [...c.daysOff].sort(),
        workingWeekends: [...c.workingWeekends].sort(),
        shortDays: [...c.shortDays].sort(),
        dayNames: c.dayNames,
        verifyDates: c.verifyDates,
        source: c.source,
        verify: c.verify,
        notes: c.notes,
      });
      const before = versions[0] ? toCalendarYear(versions[0], versions) : null;
      const id = await insertCalendarVersion(tx, {
        country: c.country,
        year: c.year,
        version,
        data: JSON.stringify(file),
        origin: 'corrected',
        created_at: now,
        created_by: actorOf(ctx).person || actorOf(ctx).os,
      });
      const calendar = await yearOf(tx, c.country, c.year);
      if (!calendar) throw new Error('The saved calendar is missing');
      await audit({
        entity: 'workingCalendar',
        entityId: id,
        organisationId: null,
        action: before ? 'update' : 'create',
        before,
        after: calendar,
      });
      const recomputed = await recomputeOpenItems(ctx, change, c.country);
      return { calendar, recomputed };
    });
  },
});
