import { Page } from '../../domain/common';
import { ImportHistoryQuery } from '../../domain/importHistoryQuery';
import { ImportRecord } from '../../domain/ledger';
import { Organisation } from '../../domain/organisation';
import { OrganisationPageQuery } from '../../domain/organisationQuery';

/**
 * Paged, searchable versions of lists whose channel returns every row (`imports:history`,
 * `organisations:list` stay for the callers that need them all: the demo, the organisation switcher).
 */
export const listPagesContract = {
  'imports:page': { input: ImportHistoryQuery, output: Page(ImportRecord) },
  'organisations:page': { input: OrganisationPageQuery, output: Page(Organisation) },
} as const;
