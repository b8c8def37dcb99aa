/** Day periods (calendar days, weeks, months, working days) with pauses and extensions. */
import type { DeadlineRule, ExtensionUnit } from './ruleSchema';
import type { DeadlineInput, DeadlineStep, DeadlineWarning } from './types';
import type { ExplainExtension, ExplainPause } from './explain';
import type { WorkingCalendar } from './workingCalendar';
import { DeadlineError } from './errors';
import { addDays } from './isoDate';
import { countPeriod, pausedDates, type PeriodOutcome } from './periodCount';
import { endOfLocalDay } from './timeZone';
import { calendarWarnings, lateExtensionWarning } from './warnings';

export interface DayPeriodResult {
  base: PeriodOutcome;
  final: PeriodOutcome;
  dueAt: string | null;
  calendarVersion: string;
  pauses: ExplainPause[];
  extensions: ExplainExtension[];
  steps: DeadlineStep[];
  warnings: DeadlineWarning[];
}

const shiftStep = (o: PeriodOutcome): DeadlineStep[] =>
  o.rawLast === o.last ? [] : [{ kind: 'shift', from: o.rawLast, to: o.last }];

const checkExtensions = (rule: DeadlineRule, input: DeadlineInput): void => {
  const extensions = input.extensions ?? [];
  if (!extensions.length) return;
  const allowed = rule.extension;
  if (!allowed) throw new DeadlineError('EXTENSION_NOT_ALLOWED', `Rule ${rule.id} allows no extension`);
  for (const ext of extensions) {
    if (ext.unit !== allowed.unit) {
      throw new DeadlineError(
        'EXTENSION_NOT_ALLOWED',
        `Rule ${rule.id} is extended in ${allowed.unit}, not ${ext.unit}`,
      );
    }
  }
  const total = extensions.reduce((sum, e) => sum + e.amount, 0);
  if (total > allowed.amount) {
    throw new DeadlineError(
      'EXTENSION_TOO_LONG',
      `Rule ${rule.id} allows at most ${allowed.amount} ${allowed.unit}`,
    );
  }
};

export const computeDayPeriod = (
  rule: DeadlineRule,
  amount: number,
  startDate: string,
  calendar: WorkingCalendar,
  input: DeadlineInput,
): DayPeriodResult => {
  const unit = rule.unit as ExtensionUnit;
  checkExtensions(rule, input);
  const pauses = input.pauses ?? [];
  for (const p of pauses) {
    if (p.from > p.to)
      throw new DeadlineError('BAD_PAUSE', `Pause ends before it starts: ${p.from}..${p.to}`);
  }
  const paused = pausedDates(pauses);
  const firstDay = addDays(startDate, 1);
  const base = countPeriod(startDate, amount, unit, paused, calendar);
  const steps: DeadlineStep[] = [
    { kind: 'count', amount, unit, from: firstDay, to: base.rawLast },
    ...shiftStep(base),
  ];
  const warnings: DeadlineWarning[] = [];
  const skipped = [...base.skipped];
  const extensions: ExplainExtension[] = [];
  let final = base;
  for (const ext of input.extensions ?? []) {
    if (ext.grantedOn > final.last) warnings.push(lateExtensionWarning(ext.grantedOn, final.last));
    final = countPeriod(final.last, ext.amount, ext.unit, paused, calendar);
    skipped.push(...final.skipped);
    extensions.push({ ...ext, outcome: final });
    steps.push({ kind: 'extension', ...ext, to: final.rawLast }, ...shiftStep(final));
  }
  const explainPauses = pauses.map((p) => ({
    ...p,
    skippedDays: skipped.filter((d) => d >= p.from && d <= p.to).length,
  }));
  steps.unshift(...explainPauses.map((p): DeadlineStep => ({ kind: 'pause', ...p })));
  const dueAt = input.timeZone ? endOfLocalDay(final.last, input.timeZone) : null;
  if (dueAt && input.timeZone)
    steps.push({ kind: 'endOfDay', date: final.last, at: dueAt, timeZone: input.timeZone });
  // The calendar decides every day of a working-day period, but only the last days of a calendar period.
  const consultedFrom = unit === 'workingDays' ? firstDay : base.rawLast;
  warnings.push(...calendarWarnings(calendar, consultedFrom, final.last));
  return {
    base,
    final,
    dueAt,
    calendarVersion: calendar.versionLabel(consultedFrom, final.last),
    pauses: explainPauses,
    extensions,
    steps,
    warnings,
  };
};
