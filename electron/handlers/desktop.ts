import type { desktopContract } from '../../shared/ipc/contracts/desktop';
import type { AppContext } from '../context';
import { globalSearch, type RegisterLists } from '../services/globalSearch';
import type { HandlersFor } from './types';

/** The desktop experience: Ctrl+K over every register, through the registers' own look-ups. */
export const desktopHandlers = (
  ctx: AppContext,
  registers: RegisterLists,
): HandlersFor<typeof desktopContract> => ({
  'search:global': async ({ organisationId, text, limit }) => ({
    hits: await globalSearch(registers, ctx.db, organisationId, text, limit),
  }),
});
