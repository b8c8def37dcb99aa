import { z } from 'zod';
import type { AppEventName } from './eventNames';

/**
 * Payload schemas of the pushed events. The main process parses each payload before sending it
 * (and sends only to the app's own page, the same sender rule as the invoke channels); the renderer
 * parses it again before use.
 */
export const appEventSchemas = {
  /** A long job (scan, import, mail merge) changed: its status query is stale. */
  'jobs:progress': z.object({ jobId: z.string().min(1).max(64) }),
} as const satisfies Record<AppEventName, z.ZodType>;

export type AppEventPayload<E extends AppEventName> = z.output<(typeof appEventSchemas)[E]>;
