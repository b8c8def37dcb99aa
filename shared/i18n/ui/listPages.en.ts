import type { listPagesRu } from './listPages.ru';

/** English strings of the lists moved onto the shared list page: the import history, the organisations. */
export const listPagesEn: typeof listPagesRu = {
  importHistory: {
    filtersLabel: 'Filter imports',
    search: 'File',
    searchPlaceholder: 'Part of the file name',
    status: 'Status',
    anyStatus: 'Any',
    found: 'Imports: {{formatted}}',
    noMatchesTitle: 'No imports match this filter',
    noMatchesText: 'Change the file name or the status, or reset the filter.',
    reset: 'Reset filter',
    pager: 'Pages of the import history',
  },
  organisations: {
    filtersLabel: 'Filter organisations',
    search: 'Search',
    searchPlaceholder: 'Name, INN or BIN',
    found: 'Found: {{formatted}}',
    noMatchesTitle: 'No organisations match this filter',
    noMatchesText: 'Check the name or the number, or reset the filter.',
    reset: 'Reset filter',
    pager: 'Pages of the organisations list',
  },
};
