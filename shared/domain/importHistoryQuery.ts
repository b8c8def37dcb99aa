import { z } from 'zod';
import { Id, optionalText } from './common';

/** What the import history can be narrowed to: an import's state as the history shows it. */
export const ImportHistoryStatus = z.enum(['running', 'completed', 'failed', 'undone']);
export type ImportHistoryStatus = z.infer<typeof ImportHistoryStatus>;

/** One page of an organisation's imports, newest first. */
export const ImportHistoryQuery = z.object({
  organisationId: Id,
  /** Empty: every state. */
  status: ImportHistoryStatus.or(z.literal('')).default(''),
  /** A fragment of the file name. */
  search: optionalText(200),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(200).default(25),
});
export type ImportHistoryQuery = z.input<typeof ImportHistoryQuery>;
