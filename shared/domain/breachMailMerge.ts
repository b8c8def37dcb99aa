import { z } from 'zod';
import { Id, optionalText } from './common';

/** Letters to every subject of the incident's saved scope (one PDF, one letter per person). */
export const MailMergeStart = z.object({
  incidentId: Id,
  /** «Что вы можете сделать» paragraph; empty: the default text. */
  advice: optionalText(4000),
});
export type MailMergeStart = z.input<typeof MailMergeStart>;

export const MailMergeJobRef = z.object({ jobId: z.string().uuid() });

/** building: letters' HTML; printing: PDF; done: call breaches:mailMergeSave. */
export const MailMergeState = z.enum(['building', 'printing', 'done', 'cancelled', 'failed']);

export const MailMergeJobStatus = z.object({
  jobId: z.string(),
  incidentId: Id,
  state: MailMergeState,
  letters: z.number().int(),
  total: z.number().int(),
  percent: z.number(),
  /** Size of the finished PDF. */
  pdfBytes: z.number().int().nullable(),
  elapsedMs: z.number().int(),
  error: z.string().nullable(),
});
export type MailMergeJobStatus = z.infer<typeof MailMergeJobStatus>;
