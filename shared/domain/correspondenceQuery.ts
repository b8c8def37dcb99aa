import { z } from 'zod';
import { Id, IsoDate, optionalIsoDate } from './common';
import { CorrespondenceKind, CorrespondenceStatus, Sender } from './correspondence';

/** Countdown colour class of a deadline (shared/deadlines countdown). */
export const DeadlineState = z.enum(['overdue', 'dueToday', 'thisWeek', 'later', 'done']);
export type DeadlineState = z.infer<typeof DeadlineState>;

/**
 * Due-date filter: overdue (last day before today), today, week (today … today + 7), range
 * (dueFrom … dueTo, both included). The first three show open items only (not answered or closed).
 * "Today" is the local date in each organisation's time zone.
 */
export const DueFilter = z.enum(['', 'overdue', 'today', 'week', 'range']);

export const CorrespondenceSort = z.enum(['dueDate', 'receivedDate', 'number', 'updatedAt']);

export const CorrespondenceQuery = z.object({
  /** Omitted or null: every organisation. */
  organisationId: Id.nullable().default(null),
  kinds: z.array(CorrespondenceKind).default([]),
  statuses: z.array(CorrespondenceStatus).default([]),
  due: DueFilter.default(''),
  dueFrom: optionalIsoDate,
  dueTo: optionalIsoDate,
  /** Items of one ledger subject. */
  subjectId: Id.nullable().default(null),
  /** Full text over number, sender (name, e-mail, phone), demands, notes and order numbers. */
  search: z.string().trim().max(200).default(''),
  sort: CorrespondenceSort.default('dueDate'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});
export type CorrespondenceQuery = z.input<typeof CorrespondenceQuery>;
export type CorrespondenceQueryParsed = z.output<typeof CorrespondenceQuery>;

/** Countdown of one deadline as of now, in the organisation's time zone. */
export const Countdown = z.object({
  state: DeadlineState,
  /** Calendar days to the last day: 0 on it, negative once overdue. */
  daysLeft: z.number().int(),
  /** Whole hours to the end of the last day (24:00 local, art. 194); negative once passed. */
  hoursLeft: z.number().int().nullable(),
  /** The organisation's local date used as today. */
  today: IsoDate,
});
export type Countdown = z.infer<typeof Countdown>;

/** A row of the list, the overview and the journals. */
export const CorrespondenceSummary = z.object({
  id: Id,
  organisationId: Id,
  organisationName: z.string(),
  number: z.string(),
  kind: CorrespondenceKind,
  receivedDate: IsoDate,
  sender: Sender,
  demands: z.string(),
  status: CorrespondenceStatus,
  dueDate: IsoDate,
  dueAt: z.string().nullable(),
  ruleId: z.string(),
  explanationRu: z.string(),
  explanationEn: z.string(),
  countdown: Countdown,
  blocked: z.boolean(),
  /** Outgoing number and date of the last sent answer, if any («Исх-3/2026 от 20.11.2026»). */
  lastAnswer: z.object({ number: z.string(), date: IsoDate }).nullable(),
  updatedAt: z.string(),
});
export type CorrespondenceSummary = z.infer<typeof CorrespondenceSummary>;

export const OverviewQuery = z
  .object({ organisationId: Id.nullable().default(null) })
  .default({ organisationId: null });

/** Start page: open items that are overdue, due today or due within 7 days, most urgent first. */
export const DeadlineOverview = z.object({
  generatedAt: z.string(),
  overdue: z.array(CorrespondenceSummary),
  dueToday: z.array(CorrespondenceSummary),
  thisWeek: z.array(CorrespondenceSummary),
  counts: z.object({
    overdue: z.number().int(),
    dueToday: z.number().int(),
    thisWeek: z.number().int(),
    /** Every open item (any due date). */
    open: z.number().int(),
  }),
});
export type DeadlineOverview = z.infer<typeof DeadlineOverview>;
