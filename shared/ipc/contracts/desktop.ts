import { GlobalSearchQuery, GlobalSearchResult } from '../../domain/globalSearch';
import { BulkResult, RecipientBulkArchive, RecipientBulkReviewDate } from '../../domain/recipientBulk';

/** The desktop experience's part of the contract: Ctrl+K over every register, register bulk actions. */
export const desktopContract = {
  'search:global': { input: GlobalSearchQuery, output: GlobalSearchResult },
  'recipients:bulkSetReviewDate': { input: RecipientBulkReviewDate, output: BulkResult },
  'recipients:bulkArchive': { input: RecipientBulkArchive, output: BulkResult },
} as const;
