import { z } from 'zod';
import { Id, optionalText } from './common';
import { BreachStatus } from './breach';
import { BreachClock } from './breachClock';
import { SeverityBand } from './breachSeverity';

export const BreachQuery = z.object({
  /** Omitted or null: every organisation. */
  organisationId: Id.nullable().default(null),
  statuses: z.array(BreachStatus).default([]),
  /** Over number, description, detectedBy, systems. */
  search: optionalText(200),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});
export type BreachQuery = z.input<typeof BreachQuery>;

/** A row of the list and of the overview; newest awareness first in the list. */
export const BreachSummary = z.object({
  id: Id,
  organisationId: Id,
  organisationName: z.string(),
  number: z.string(),
  /** When the incident was detected: the RU, KZ and KG clocks start here. */
  detectedAt: z.string(),
  becameAwareAt: z.string(),
  timeZone: z.string(),
  description: z.string(),
  status: BreachStatus,
  band: SeverityBand.nullable(),
  approxSubjects: z.number().int().nullable(),
  /** The running clock with the earliest due instant, else null. */
  nearestClock: BreachClock.nullable(),
  /** Any clock missed. */
  anyMissed: z.boolean(),
});
export type BreachSummary = z.infer<typeof BreachSummary>;

export const BreachOverviewQuery = z
  .object({ organisationId: Id.nullable().default(null) })
  .default({ organisationId: null });

/** Start page: every non-closed incident, the one with the nearest running clock first. */
export const BreachOverview = z.object({
  generatedAt: z.string(),
  items: z.array(BreachSummary),
  counts: z.object({ open: z.number().int(), running: z.number().int(), missed: z.number().int() }),
});
export type BreachOverview = z.infer<typeof BreachOverview>;
