import type { desktopContract } from '../../shared/ipc/contracts/desktop';
import type { AppContext } from '../context';
import { globalSearch, type RegisterLists } from '../services/globalSearch';
import { recipientBulkService } from '../services/recipientBulk';
import type { HandlersFor } from './types';

/** The desktop experience: Ctrl+K over every register (through the registers' own look-ups), bulk actions. */
export const desktopHandlers = (
  ctx: AppContext,
  registers: RegisterLists,
): HandlersFor<typeof desktopContract> => {
  const bulk = recipientBulkService(ctx);
  return {
    'search:global': async ({ organisationId, text, limit }) => ({
      hits: await globalSearch(registers, ctx.db, organisationId, text, limit),
    }),
    'recipients:bulkSetReviewDate': (input) => bulk.setReviewDate(input),
    'recipients:bulkArchive': (input) => bulk.archive(input),
  };
};
