import { z } from 'zod';
import { IsoDate, msg, requiredText, type Jurisdiction } from '../domain/common';
import type { DeadlineRule } from './ruleSchema';
import { DeadlineUnit, ExtensionUnit, RuleJurisdiction, StartEvent } from './ruleSchema';
import type { WorkingCalendar } from './workingCalendar';

/** An extension granted on a date, with its reason (e.g. the reasoned notice sent to the subject). */
export const DeadlineExtension = z.object({
  amount: z.number().int().positive(),
  unit: ExtensionUnit,
  reason: requiredText(500),
  grantedOn: IsoDate,
});
export type DeadlineExtension = z.infer<typeof DeadlineExtension>;

/**
 * A pause of the period, both dates included (e.g. waiting for the applicant's documents). Days
 * inside a pause are not counted; see README "Pauses".
 */
export const DeadlinePause = z
  .object({ from: IsoDate, to: IsoDate, reason: requiredText(500) })
  .refine((p) => p.from <= p.to, { error: msg.date, path: ['to'] });
export type DeadlinePause = z.infer<typeof DeadlinePause>;

export interface DeadlineInput {
  rule: DeadlineRule;
  /** The start event: a local date YYYY-MM-DD, or an ISO instant (required for hour periods). */
  start: string;
  /** The working-day calendar of the rule's country (of the organisation's for `ANY` rules). */
  calendar?: WorkingCalendar;
  /** IANA zone of the organisation (Europe/Moscow, Asia/Almaty, Asia/Bishkek). */
  timeZone?: string;
  /** The organisation's policy clause for citations with {policyClause} (e.g. "8.2"). */
  policyClause?: string;
  /** A setting that replaces the amount of a `configurable` rule (e.g. KG internal breach target). */
  amountOverride?: number;
  extensions?: readonly DeadlineExtension[];
  pauses?: readonly DeadlinePause[];
}

export type DeadlineStep =
  | { kind: 'start'; event: StartEvent; date: string; at: string | null; firstDay: string | null }
  | { kind: 'count'; amount: number; unit: DeadlineUnit; from: string; to: string }
  | { kind: 'pause'; from: string; to: string; reason: string; skippedDays: number }
  | { kind: 'shift'; from: string; to: string }
  | { kind: 'extension'; amount: number; unit: DeadlineUnit; reason: string; grantedOn: string; to: string }
  | { kind: 'endOfDay'; date: string; at: string; timeZone: string };

export type DeadlineWarningCode =
  | 'RULE_UNVERIFIED'
  | 'CALENDAR_UNVERIFIED'
  | 'CALENDAR_EXTRAPOLATED'
  | 'DATE_UNVERIFIED'
  | 'POLICY_CLAUSE_MISSING'
  | 'EXTENSION_LATE';

export interface DeadlineWarning {
  code: DeadlineWarningCode;
  textRu: string;
  textEn: string;
}

export interface DeadlineResult {
  ruleId: string;
  jurisdiction: RuleJurisdiction;
  /** The calendar's country (null for an ANY rule computed without a calendar). */
  country: Jurisdiction | null;
  citation: string;
  unit: DeadlineUnit;
  /** The effective amount (after a configured override). */
  amount: number;
  startEvent: StartEvent;
  start: string;
  /** The local date of the start event. */
  startDate: string;
  /** The last day (local legal date). For hour periods: the local date of `dueAt`. */
  dueDate: string;
  /** UTC instant: start + hours, or 24:00 local of the last day when a time zone is given; else null. */
  dueAt: string | null;
  /** The last day before any extension. */
  originalDueDate: string;
  /** The non-working last day that was moved to `dueDate` (art. 193), if any. */
  shiftedFrom: string | null;
  /** Versions of the calendar files that cover the period, e.g. `RU:2026-1`; null when none was used. */
  calendarVersion: string | null;
  steps: DeadlineStep[];
  warnings: DeadlineWarning[];
  explanationRu: string;
  explanationEn: string;
}

/** What a stored deadline keeps so that a printed answer can explain it later. */
export const DeadlineBasis = z.object({
  ruleId: z.string(),
  jurisdiction: RuleJurisdiction,
  citation: z.string(),
  unit: DeadlineUnit,
  amount: z.number().int(),
  startEvent: StartEvent,
  start: z.string(),
  dueDate: IsoDate,
  dueAt: z.string().nullable(),
  calendarVersion: z.string().nullable(),
  explanationRu: z.string(),
  explanationEn: z.string(),
});
export type DeadlineBasis = z.infer<typeof DeadlineBasis>;
