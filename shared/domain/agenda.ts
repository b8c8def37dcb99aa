import { z } from 'zod';
import { Id, IsoDate, Jurisdiction } from './common';
import { CorrespondenceKind } from './correspondence';

/**
 * Everything with a date the officer must keep, beyond claims and requests (which «Сроки» lists from
 * the correspondence overview): breach notice clocks, recipients' review dates and contract ends,
 * blocks still in force, and working-day calendars about to run out.
 */
export const AgendaKind = z.enum(['breachClock', 'review', 'contractEnd', 'block', 'calendar']);
export type AgendaKind = z.infer<typeof AgendaKind>;

/** overdue (passed / missed), dueToday (the last day, or ≤ 24 h), thisWeek (≤ 7 days), later. */
export const AgendaState = z.enum(['overdue', 'dueToday', 'thisWeek', 'later']);
export type AgendaState = z.infer<typeof AgendaState>;

export const AgendaEntry = z.object({
  kind: AgendaKind,
  /** Unique within the agenda (React key). */
  key: z.string(),
  /** What the entry opens: the incident, the recipient or the item; null for a calendar. */
  targetId: Id.nullable(),
  organisationId: Id.nullable(),
  organisationName: z.string(),
  /** The record as the officer knows it: incident or item number, recipient's name, calendar country. */
  label: z.string(),
  /** Breach clocks: the rule's title; blocks: the item's kind. */
  titleRu: z.string(),
  titleEn: z.string(),
  /** The local legal date it is due (a clock: the local date of its instant). */
  dueDate: IsoDate,
  /** UTC instant for clocks; null for day deadlines. */
  dueAt: z.string().nullable(),
  state: AgendaState,
  /** A calendar: its country. */
  country: Jurisdiction.nullable(),
  /** A block: the kind of the item that set it. */
  itemKind: CorrespondenceKind.nullable(),
});
export type AgendaEntry = z.infer<typeof AgendaEntry>;

const Counts = z.object({
  overdue: z.number().int(),
  dueToday: z.number().int(),
  thisWeek: z.number().int(),
});

export const Agenda = z.object({
  generatedAt: z.string(),
  /** Most urgent first. */
  entries: z.array(AgendaEntry),
  /** Of the entries (claims and requests are counted by the correspondence overview). */
  counts: Counts,
});
export type Agenda = z.infer<typeof Agenda>;

/** Overdue counts per sidebar section, claims and requests included. */
export const AgendaBadges = z.object({
  deadlines: z.number().int(),
  correspondence: z.number().int(),
  breaches: z.number().int(),
  recipients: z.number().int(),
});
export type AgendaBadges = z.infer<typeof AgendaBadges>;
