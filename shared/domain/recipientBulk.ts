import { z } from 'zod';
import { Id, IsoDate, requiredText } from './common';

/** The rows selected in the register (one page at most), all of one organisation. */
const Selection = {
  organisationId: Id,
  ids: z.array(Id).min(1).max(500),
};

/** Bulk action: one review date for every selected recipient. */
export const RecipientBulkReviewDate = z.object({ ...Selection, reviewDate: IsoDate });
export type RecipientBulkReviewDate = z.input<typeof RecipientBulkReviewDate>;

/** Bulk action: archive every selected recipient with one reason. */
export const RecipientBulkArchive = z.object({ ...Selection, reason: requiredText(500) });
export type RecipientBulkArchive = z.input<typeof RecipientBulkArchive>;

/** How many records a bulk action changed (those already in the wanted state are left alone). */
export const BulkResult = z.object({ changed: z.number().int().min(0) });
export type BulkResult = z.infer<typeof BulkResult>;
