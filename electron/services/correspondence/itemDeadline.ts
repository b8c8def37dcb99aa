import type { ItemDeadline } from '../../../shared/domain/correspondence';
import {
  computeDeadline,
  type DeadlineExtension,
  type DeadlinePause,
  type DeadlineResult,
  type DeadlineRule,
  type WorkingCalendar,
} from '../../../shared/deadlines';
import type { DeadlineValues, ExtensionRow, PauseRow } from '../../db/repositories/correspondenceRepository';
import { withDeadlineErrors } from './deadlineErrors';

export interface DeadlineSetting {
  calendar: WorkingCalendar;
  timeZone: string;
  policyClause: string;
  /** The organisation's local date: a running pause counts up to it. */
  today: string;
}

export const toExtensions = (rows: readonly ExtensionRow[]): DeadlineExtension[] =>
  rows.map((r) => ({
    amount: r.amount,
    unit: r.unit as DeadlineExtension['unit'],
    reason: r.reason,
    grantedOn: r.granted_on,
  }));

/** Ended pauses as recorded; a running one counts from its start up to today. */
export const toPauses = (rows: readonly PauseRow[], today: string): DeadlinePause[] =>
  rows.map((r) => ({
    from: r.from_date,
    to: r.to_date ?? (today > r.from_date ? today : r.from_date),
    reason: r.reason,
  }));

export const runDeadline = (
  rule: DeadlineRule,
  start: string,
  s: DeadlineSetting,
  extensions: readonly DeadlineExtension[] = [],
  pauses: readonly DeadlinePause[] = [],
  field?: string,
): DeadlineResult =>
  withDeadlineErrors(
    () =>
      computeDeadline({
        rule,
        start,
        calendar: s.calendar,
        timeZone: s.timeZone,
        policyClause: s.policyClause,
        extensions,
        pauses,
      }),
    field,
  );

/** What an item stores of a computed deadline (the engine's DeadlineBasis and more). */
export const itemDeadlineOf = (rule: DeadlineRule, d: DeadlineResult, computedAt: string): ItemDeadline => ({
  ruleId: rule.id,
  ruleTitleRu: rule.titleRu,
  ruleTitleEn: rule.titleEn,
  ruleVerify: rule.verify,
  basis: {
    ruleId: d.ruleId,
    jurisdiction: d.jurisdiction,
    citation: d.citation,
    unit: d.unit,
    amount: d.amount,
    startEvent: d.startEvent,
    start: d.start,
    dueDate: d.dueDate,
    dueAt: d.dueAt,
    calendarVersion: d.calendarVersion,
    explanationRu: d.explanationRu,
    explanationEn: d.explanationEn,
  },
  originalDueDate: d.originalDueDate,
  shiftedFrom: d.shiftedFrom,
  warnings: d.warnings.map((w) => ({ code: w.code, textRu: w.textRu, textEn: w.textEn })),
  computedAt,
});

export const deadlineValuesOf = (deadline: ItemDeadline): DeadlineValues => ({
  dueDate: deadline.basis.dueDate,
  dueAt: deadline.basis.dueAt,
  deadline: JSON.stringify(deadline),
});
