/**
 * One-sentence explanations of a computed deadline, in Russian and English, e.g.
 * «30 календарных дней со дня, следующего за днём получения (п. 8.2 Политики); последний день —
 * суббота, перенесён на понедельник 07.12.2026».
 */
import { formatDateRu } from '../format/date';
import type { DeadlineRule, DeadlineUnit } from './ruleSchema';
import type { PeriodOutcome } from './periodCount';
import type { WorkingCalendar } from './workingCalendar';
import { isWeekend } from './isoDate';
import { zoneLabel } from '../format/timeZoneLabel';
import { localDateTimeIn } from './timeZone';
import { amountEn, amountRu, dayEn, dayRu, sinceEn, sinceRu, weekdayEn, weekdayNomRu } from './words';

export interface ExplainPause {
  from: string;
  to: string;
  reason: string;
  skippedDays: number;
}

export interface ExplainExtension {
  amount: number;
  unit: DeadlineUnit;
  reason: string;
  grantedOn: string;
  outcome: PeriodOutcome;
}

export interface ExplainInput {
  rule: DeadlineRule;
  citationRu: string;
  citationEn: string;
  amount: number;
  /** Day periods: the base outcome; null for hours and immediate. */
  base: PeriodOutcome | null;
  pauses: readonly ExplainPause[];
  extensions: readonly ExplainExtension[];
  calendar?: WorkingCalendar;
  dueAt: string | null;
  /** Say the clock time (24:00, or the hour of an hour period) only when the start was an instant. */
  timeZone?: string;
  startIsInstant: boolean;
}

const lastDayRu = (o: PeriodOutcome, calendar?: WorkingCalendar): string => {
  if (o.rawLast === o.last) return dayRu(o.last);
  const name = calendar?.dayName(o.rawLast)?.ru;
  const raw =
    isWeekend(o.rawLast) && !name
      ? weekdayNomRu(o.rawLast)
      : `${dayRu(o.rawLast)} (${name ?? 'нерабочий день'})`;
  return `${raw}, перенесён на ${dayRu(o.last, true)}`;
};

const lastDayEn = (o: PeriodOutcome, calendar?: WorkingCalendar): string => {
  if (o.rawLast === o.last) return dayEn(o.last);
  const name = calendar?.dayName(o.rawLast)?.en;
  const raw =
    isWeekend(o.rawLast) && !name
      ? `a ${weekdayEn(o.rawLast)}`
      : `${dayEn(o.rawLast)} (${name ?? 'a non-working day'})`;
  return `${raw}, moved to ${dayEn(o.last)}`;
};

const pausesRu = (pauses: readonly ExplainPause[], unit: DeadlineUnit): string[] =>
  pauses
    .filter((p) => p.skippedDays > 0)
    .map(
      (p) =>
        `срок приостанавливался ${formatDateRu(p.from)}–${formatDateRu(p.to)} (${p.reason}); ` +
        `не засчитано ${unit === 'workingDays' ? 'рабочих ' : ''}дней: ${p.skippedDays}`,
    );

const pausesEn = (pauses: readonly ExplainPause[], unit: DeadlineUnit): string[] =>
  pauses
    .filter((p) => p.skippedDays > 0)
    .map(
      (p) =>
        `the period was paused ${formatDateRu(p.from)}–${formatDateRu(p.to)} (${p.reason}); ` +
        `${unit === 'workingDays' ? 'working ' : ''}days not counted: ${p.skippedDays}`,
    );

const clockRu = (input: ExplainInput, at: string, tz: string): string => {
  const { date, time } = localDateTimeIn(at, tz);
  const zone = zoneLabel(tz, at, 'ru');
  return input.rule.unit === 'hours'
    ? `истекает ${formatDateRu(date)} в ${time} (${zone})`
    : `до 24:00 (${zone})`;
};

const clockEn = (input: ExplainInput, at: string, tz: string): string => {
  const { date, time } = localDateTimeIn(at, tz);
  const zone = zoneLabel(tz, at, 'en');
  return input.rule.unit === 'hours'
    ? `expires on ${formatDateRu(date)} at ${time} (${zone})`
    : `until 24:00 (${zone})`;
};

export const explainRu = (input: ExplainInput): string => {
  const { rule, base } = input;
  const head =
    rule.unit === 'immediate'
      ? `немедленно ${sinceRu(rule.startEvent, rule.unit)}${rule.whileRu ? `, ${rule.whileRu}` : ''}`
      : `${amountRu(input.amount, rule.unit)} ${sinceRu(rule.startEvent, rule.unit)}`;
  const parts = [`${head} (${input.citationRu})`, ...pausesRu(input.pauses, rule.unit)];
  const clock =
    input.startIsInstant && input.timeZone && input.dueAt
      ? clockRu(input, input.dueAt, input.timeZone)
      : null;
  if (base) {
    let text = `последний день — ${lastDayRu(base, input.calendar)}`;
    for (const ext of input.extensions) {
      text += `; продлён на ${amountRu(ext.amount, ext.unit, true)} (${ext.reason}, от ${formatDateRu(ext.grantedOn)}), `;
      text += `новый последний день — ${lastDayRu(ext.outcome, input.calendar)}`;
    }
    parts.push(clock ? `${text}, ${clock}` : text);
  } else if (clock && rule.unit === 'hours') {
    parts.push(clock);
  }
  return parts.join('; ');
};

export const explainEn = (input: ExplainInput): string => {
  const { rule, base } = input;
  const head =
    rule.unit === 'immediate'
      ? `immediately ${sinceEn(rule.startEvent, rule.unit)}${rule.whileEn ? `, ${rule.whileEn}` : ''}`
      : `${amountEn(input.amount, rule.unit)} ${sinceEn(rule.startEvent, rule.unit)}`;
  const parts = [`${head} (${input.citationEn})`, ...pausesEn(input.pauses, rule.unit)];
  const clock =
    input.startIsInstant && input.timeZone && input.dueAt
      ? clockEn(input, input.dueAt, input.timeZone)
      : null;
  if (base) {
    let text = `the last day is ${lastDayEn(base, input.calendar)}`;
    for (const ext of input.extensions) {
      text += `; extended by ${amountEn(ext.amount, ext.unit)} (${ext.reason}, on ${formatDateRu(ext.grantedOn)}), `;
      text += `the new last day is ${lastDayEn(ext.outcome, input.calendar)}`;
    }
    parts.push(clock ? `${text}, ${clock}` : text);
  } else if (clock && rule.unit === 'hours') {
    parts.push(clock);
  }
  return parts.join('; ');
};
