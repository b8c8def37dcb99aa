import { z } from 'zod';
import { Id, Jurisdiction } from './common';

/**
 * What the demo loads: `full` — three shops (KG, KZ, RU) with every capability in use; `register` —
 * the shops and their recipient registers only (a lean starting point, e.g. for a training session
 * on the register or for tests of one screen).
 */
export const DemoScope = z.enum(['full', 'register']);
export type DemoScope = z.infer<typeof DemoScope>;

/** null (no payload) loads everything. */
export const DemoLoadInput = z
  .object({ scope: DemoScope.default('full') })
  .nullable()
  .optional()
  .transform((v) => v ?? { scope: 'full' as const });
export type DemoLoadInput = z.input<typeof DemoLoadInput>;

/** What one load added: a second load adds what is missing and nothing twice (all zeros when complete). */
export const DemoLoadResult = z.object({
  organisations: z.number().int(),
  recipients: z.number().int(),
  orders: z.number().int(),
  correspondence: z.number().int(),
  incidents: z.number().int(),
  blocks: z.number().int(),
});
export type DemoLoadResult = z.infer<typeof DemoLoadResult>;

/** The steps of a load, in order; pushed as `demo:progress` while it runs. */
export const DemoStep = z.enum(['organisations', 'recipients', 'orderFile', 'import', 'records', 'incident']);
export type DemoStep = z.infer<typeof DemoStep>;

export const DemoProgress = z.object({
  step: DemoStep,
  done: z.number().int().min(0),
  total: z.number().int().min(1),
});
export type DemoProgress = z.infer<typeof DemoProgress>;

/** The demo shops in the database (marked as demo data in the interface) and what they hold. */
export const DemoStatus = z.object({
  organisations: z.array(
    z.object({ id: Id, name: z.string(), jurisdiction: Jurisdiction, archived: z.boolean() }),
  ),
  /** Some demo shop is in use (not archived). */
  active: z.boolean(),
  /** In the demo shops (archived ones left out). */
  recipients: z.number().int(),
  orders: z.number().int(),
  correspondence: z.number().int(),
  overdue: z.number().int(),
  answeredFrozen: z.number().int(),
  incidents: z.number().int(),
  runningClocks: z.number().int(),
  blocks: z.number().int(),
});
export type DemoStatus = z.infer<typeof DemoStatus>;

/** Removal archives the demo shops (records are evidence and the audit trail is append-only). */
export const DemoRemoveResult = z.object({ archived: z.number().int() });
