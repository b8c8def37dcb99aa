import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Jurisdiction } from '../../../shared/domain/common';
import { CalendarFile } from '../../../shared/deadlines/calendarSchema';
import { DeadlineRule, DeadlineRules } from '../../../shared/deadlines/ruleSchema';
import { createWorkingCalendar, type WorkingCalendar } from '../../../shared/deadlines/workingCalendar';

export const calendarsDir = join(__dirname, '../../../resources/calendars');
export const rulesFile = join(__dirname, '../../../resources/rules/deadline-rules.json');

export const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

export const calendarFileNames = (): string[] => readdirSync(calendarsDir).filter((f) => f.endsWith('.json'));

export const shippedCalendars = (): CalendarFile[] =>
  calendarFileNames().map((name) => CalendarFile.parse(readJson(join(calendarsDir, name))));

export const calendarOf = (country: Jurisdiction): WorkingCalendar =>
  createWorkingCalendar(country, shippedCalendars());

export const shippedRules = (): DeadlineRule[] => DeadlineRules.parse(readJson(rulesFile));

export const ruleById = (id: string): DeadlineRule => {
  const rule = shippedRules().find((r) => r.id === id);
  if (!rule) throw new Error(`No rule ${id}`);
  return rule;
};

/** A rule that is not shipped (e.g. a period in months), parsed with the same schema. */
export const syntheticRule = (fields: Partial<DeadlineRule>): DeadlineRule =>
  DeadlineRule.parse({
    id: 'ru.test',
    jurisdiction: 'RU',
    kind: 'claim',
    amount: 1,
    unit: 'months',
    startEvent: 'received',
    citation: 'тестовая норма',
    citationEn: 'test rule',
    titleRu: 'Тест',
    titleEn: 'Test',
    verify: false,
    ...fields,
  });
