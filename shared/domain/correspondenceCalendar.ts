import { z } from 'zod';
import { IsoDate, Jurisdiction, optionalText, requiredText } from './common';
import { DayName } from '../deadlines';
import { isWeekend } from '../deadlines/isoDate';

/** A working-day calendar year as stored (seeded from resources/calendars, corrected in settings). */
export const CalendarYear = z.object({
  country: Jurisdiction,
  year: z.number().int(),
  /** `<year>-<n>`, named by every deadline computed with it (`RU:2026-2`). */
  version: z.string(),
  daysOff: z.array(IsoDate),
  workingWeekends: z.array(IsoDate),
  shortDays: z.array(IsoDate),
  dayNames: z.record(z.string(), DayName),
  verifyDates: z.array(IsoDate),
  source: z.string(),
  verify: z.boolean(),
  notes: z.string(),
  /** Where this version came from: the shipped file or a correction in settings. */
  origin: z.enum(['shipped', 'corrected']),
  createdAt: z.string(),
  createdBy: z.string(),
  /** Earlier versions of the year, newest first. */
  history: z.array(z.object({ version: z.string(), origin: z.string(), createdAt: z.string() })),
});
export type CalendarYear = z.infer<typeof CalendarYear>;

export const CalendarSummary = CalendarYear.pick({
  country: true,
  year: true,
  version: true,
  source: true,
  verify: true,
  origin: true,
  createdAt: true,
});
export type CalendarSummary = z.infer<typeof CalendarSummary>;

export const CalendarRef = z.object({ country: Jurisdiction, year: z.number().int().min(2000).max(2100) });

const datesOfYear = z.array(IsoDate).max(366);

/**
 * A correction: the year's complete lists (not a diff). Days off are Monday–Friday only, working
 * weekends Saturdays or Sundays only, every date in the year. Saved as a new version; deadlines of
 * open items in that country are recomputed with it.
 */
export const CalendarCorrection = z
  .object({
    country: Jurisdiction,
    year: z.number().int().min(2000).max(2100),
    daysOff: datesOfYear,
    workingWeekends: datesOfYear,
    shortDays: datesOfYear.default([]),
    dayNames: z.record(IsoDate, DayName).default({}),
    verifyDates: datesOfYear.default([]),
    /** The legal source of the correction (decree, muftiate announcement…). */
    source: requiredText(2000),
    verify: z.boolean().default(false),
    notes: optionalText(4000),
    /** New version label; empty: the next number (`2026-1` → `2026-2`). */
    version: z
      .string()
      .trim()
      .regex(/^(\d{4}-[0-9A-Za-z.-]+)?$/, { error: 'validation.calendar.version' })
      .default(''),
  })
  .superRefine((c, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    const check = (name: 'daysOff' | 'workingWeekends' | 'shortDays' | 'verifyDates') =>
      c[name].forEach((date, i) => {
        if (Number(date.slice(0, 4)) !== c.year) issue([name, i], 'validation.calendar.otherYear');
        else if (c[name].indexOf(date) !== i) issue([name, i], 'validation.calendar.duplicate');
        else if (name === 'daysOff' && isWeekend(date)) issue([name, i], 'validation.calendar.weekendDayOff');
        else if (name === 'workingWeekends' && !isWeekend(date))
          issue([name, i], 'validation.calendar.notWeekend');
        else if (name === 'shortDays' && c.daysOff.includes(date))
          issue([name, i], 'validation.calendar.shortDayOff');
      });
    check('daysOff');
    check('workingWeekends');
    check('shortDays');
    check('verifyDates');
    if (c.version !== '' && !c.version.startsWith(`${c.year}-`))
      issue(['version'], 'validation.calendar.version');
  });
export type CalendarCorrectionInput = z.input<typeof CalendarCorrection>;
export type CalendarCorrectionData = z.output<typeof CalendarCorrection>;

export const CalendarCorrectionResult = z.object({
  calendar: CalendarYear,
  /** Open items whose due date was recomputed with the new version. */
  recomputed: z.number().int(),
});
