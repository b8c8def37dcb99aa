/**
 * computeDeadline: the due date of a rule from its start event, with the explanation, the citation and
 * the calendar version that a stored deadline keeps. Pure: calendars and rules are passed in.
 */
import { isValidIsoDate } from '../domain/common';
import { POLICY_CLAUSE_PLACEHOLDER, renderCitation, type DeadlineRule } from './ruleSchema';
import type { DeadlineInput, DeadlineResult, DeadlineStep, DeadlineWarning } from './types';
import type { WorkingCalendar } from './workingCalendar';
import { computeDayPeriod } from './computeDays';
import { DeadlineError } from './errors';
import { explainEn, explainRu, type ExplainInput } from './explain';
import { addDays } from './isoDate';
import { addHours, assertTimeZone, isInstant, localDateIn } from './timeZone';
import { ruleWarnings } from './warnings';

const effectiveAmount = (rule: DeadlineRule, override: number | undefined): number => {
  if (override === undefined) return rule.amount;
  if (!rule.configurable)
    throw new DeadlineError('AMOUNT_NOT_CONFIGURABLE', `Rule ${rule.id} has a fixed amount`);
  const { min, max } = rule.configurable;
  if (!Number.isInteger(override) || override < min || override > max) {
    throw new DeadlineError(
      'AMOUNT_OUT_OF_RANGE',
      `Rule ${rule.id}: amount must be ${min}..${max}, got ${override}`,
    );
  }
  return override;
};

const resolveStart = (start: string, unit: DeadlineRule['unit'], timeZone?: string) => {
  if (isValidIsoDate(start)) {
    if (unit === 'hours')
      throw new DeadlineError('BAD_START', `An hour period starts at an instant, not ${start}`);
    return { date: start, at: null };
  }
  if (!isInstant(start)) throw new DeadlineError('BAD_START', `Not a date or an ISO instant: ${start}`);
  if (!timeZone) throw new DeadlineError('TIME_ZONE_REQUIRED', 'An instant needs the organisation time zone');
  return { date: localDateIn(start, timeZone), at: new Date(Date.parse(start)).toISOString() };
};

const requireCalendar = (rule: DeadlineRule, calendar?: WorkingCalendar): WorkingCalendar => {
  if (!calendar) throw new DeadlineError('CALENDAR_REQUIRED', `Rule ${rule.id} needs a working-day calendar`);
  if (rule.jurisdiction !== 'ANY' && rule.jurisdiction !== calendar.country) {
    throw new DeadlineError('CALENDAR_MISMATCH', `Rule ${rule.id} needs the ${rule.jurisdiction} calendar`);
  }
  return calendar;
};

const citations = (rule: DeadlineRule, policyClause?: string) => {
  const ru = renderCitation(rule.citation, policyClause);
  const en = renderCitation(rule.citationEn, policyClause);
  const fill = (template: string, text: string) => template.split(POLICY_CLAUSE_PLACEHOLDER).join(text);
  return {
    missing: ru === null,
    ru: ru ?? fill(rule.citation, '[номер не указан]'),
    en: en ?? fill(rule.citationEn, '[number not set]'),
  };
};

/** Hour periods and immediate rules run from an instant: nothing to extend or pause. */
const refuseAdjustments = (rule: DeadlineRule, input: DeadlineInput): void => {
  if (input.extensions?.length) {
    throw new DeadlineError('EXTENSION_NOT_ALLOWED', `Rule ${rule.id} is not extended`);
  }
  if (input.pauses?.length) throw new DeadlineError('PAUSE_NOT_ALLOWED', `Rule ${rule.id} cannot be paused`);
};

export const computeDeadline = (input: DeadlineInput): DeadlineResult => {
  const { rule, timeZone } = input;
  if (timeZone) assertTimeZone(timeZone);
  const amount = effectiveAmount(rule, input.amountOverride);
  const cite = citations(rule, input.policyClause);
  const start = resolveStart(input.start, rule.unit, timeZone);
  const warnings: DeadlineWarning[] = ruleWarnings(rule, cite.missing);
  const isDayPeriod = rule.unit !== 'hours' && rule.unit !== 'immediate';
  const firstDay = isDayPeriod ? addDays(start.date, 1) : null;
  const steps: DeadlineStep[] = [
    { kind: 'start', event: rule.startEvent, date: start.date, at: start.at, firstDay },
  ];
  const explain: ExplainInput = {
    rule,
    citationRu: cite.ru,
    citationEn: cite.en,
    amount,
    base: null,
    pauses: [],
    extensions: [],
    calendar: input.calendar,
    dueAt: null,
    timeZone,
    startIsInstant: start.at !== null,
  };
  let dueDate = start.date;
  let originalDueDate = start.date;
  let shiftedFrom: string | null = null;
  let calendarVersion: string | null = null;

  if (isDayPeriod) {
    const calendar = requireCalendar(rule, input.calendar);
    const period = computeDayPeriod(rule, amount, start.date, calendar, input);
    steps.push(...period.steps);
    warnings.push(...period.warnings);
    explain.base = period.base;
    explain.pauses = period.pauses;
    explain.extensions = period.extensions;
    explain.dueAt = period.dueAt;
    dueDate = period.final.last;
    originalDueDate = period.base.last;
    shiftedFrom = period.final.rawLast === period.final.last ? null : period.final.rawLast;
    calendarVersion = period.calendarVersion;
  } else {
    refuseAdjustments(rule, input);
    if (rule.unit === 'hours') {
      // resolveStart already demands an instant and a zone for hour periods; this narrows the types.
      if (!start.at || !timeZone) {
        throw new DeadlineError('TIME_ZONE_REQUIRED', 'Hour periods need a time zone');
      }
      explain.dueAt = addHours(start.at, amount);
      dueDate = localDateIn(explain.dueAt, timeZone);
      originalDueDate = dueDate;
      steps.push({ kind: 'count', amount, unit: 'hours', from: start.at, to: explain.dueAt });
    } else {
      explain.dueAt = start.at;
    }
  }

  return {
    ruleId: rule.id,
    jurisdiction: rule.jurisdiction,
    country: input.calendar?.country ?? (rule.jurisdiction === 'ANY' ? null : rule.jurisdiction),
    citation: cite.ru,
    unit: rule.unit,
    amount,
    startEvent: rule.startEvent,
    start: input.start,
    startDate: start.date,
    dueDate,
    dueAt: explain.dueAt,
    originalDueDate,
    shiftedFrom,
    calendarVersion,
    steps,
    warnings,
    explanationRu: explainRu(explain),
    explanationEn: explainEn(explain),
  };
};
