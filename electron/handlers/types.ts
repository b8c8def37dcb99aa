import type { z } from 'zod';

/** Handlers for one part of the contract: each channel's parsed input -> a promise of its output. */
export type HandlersFor<C extends Record<string, { input: z.ZodType; output: z.ZodType }>> = {
  [K in keyof C]: (input: z.output<C[K]['input']>) => Promise<z.output<C[K]['output']>>;
};
