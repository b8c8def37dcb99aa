/**
 * Working-day calendar files (resources/calendars/{COUNTRY}-{YEAR}.json). One file per country and
 * year; the main process reads them (and the user's corrections) and passes the parsed data in.
 *
 * Saturdays and Sundays are non-working unless listed in `workingWeekends`; `daysOff` lists only the
 * Monday–Friday dates that are not worked (public holidays and days off transferred by decree). A
 * holiday that falls on a weekend is therefore not in `daysOff`; its name may be kept in `dayNames`.
 */
import { z } from 'zod';
import { IsoDate, Jurisdiction } from '../domain/common';
import { isWeekend, yearOf } from './isoDate';

export const DayName = z.object({ ru: z.string().trim().min(1), en: z.string().trim().min(1) });
export type DayName = z.infer<typeof DayName>;

export const CalendarFile = z
  .object({
    country: Jurisdiction,
    year: z.number().int().min(2000).max(2100),
    /** `<year>-<n>`: bump n on every correction, so a stored deadline names the data it used. */
    version: z.string().regex(/^\d{4}-[0-9A-Za-z.-]+$/),
    daysOff: z.array(IsoDate),
    workingWeekends: z.array(IsoDate),
    /** Pre-holiday shortened working days: informational, they do not change any deadline. */
    shortDays: z.array(IsoDate),
    /** Optional names of holidays and transferred days (also weekend ones), shown in explanations. */
    dayNames: z.record(IsoDate, DayName).optional(),
    /** Dates whose status is not confirmed at the primary source (e.g. a lunar holiday). */
    verifyDates: z.array(IsoDate).optional(),
    source: z.string().trim().min(1),
    verify: z.boolean(),
    notes: z.string().default(''),
  })
  .superRefine((file, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    if (!file.version.startsWith(`${file.year}-`)) issue(['version'], 'version must start with the year');
    const lists = { daysOff: file.daysOff, workingWeekends: file.workingWeekends, shortDays: file.shortDays };
    for (const [name, dates] of Object.entries(lists)) {
      dates.forEach((date, i) => {
        if (yearOf(date) !== file.year) issue([name, i], `${date} is not in ${file.year}`);
        if (dates.indexOf(date) !== i) issue([name, i], `${date} is listed twice`);
      });
    }
    file.daysOff.forEach((date, i) => {
      if (isWeekend(date))
        issue(['daysOff', i], `${date} is a weekend day: list only Monday–Friday days off`);
    });
    file.workingWeekends.forEach((date, i) => {
      if (!isWeekend(date)) issue(['workingWeekends', i], `${date} is not a Saturday or Sunday`);
    });
    file.shortDays.forEach((date, i) => {
      if (file.daysOff.includes(date)) issue(['shortDays', i], `${date} is also a day off`);
    });
    for (const date of [...Object.keys(file.dayNames ?? {}), ...(file.verifyDates ?? [])]) {
      if (yearOf(date) !== file.year) issue(['dayNames'], `${date} is not in ${file.year}`);
    }
  });
export type CalendarFile = z.output<typeof CalendarFile>;
export type CalendarFileInput = z.input<typeof CalendarFile>;
