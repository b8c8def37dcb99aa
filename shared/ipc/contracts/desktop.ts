import { GlobalSearchQuery, GlobalSearchResult } from '../../domain/globalSearch';

/** The desktop experience's part of the contract: Ctrl+K over every register. */
export const desktopContract = {
  'search:global': { input: GlobalSearchQuery, output: GlobalSearchResult },
} as const;
