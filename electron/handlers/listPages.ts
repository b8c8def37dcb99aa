import type { listPagesContract } from '../../shared/ipc/contracts/listPages';
import type { AppContext } from '../context';
import { pageImports } from '../db/repositories/importRepository';
import { pageOrganisations } from '../db/repositories/organisationRepository';
import { storeOf } from '../db/store/interop';
import type { HandlersFor } from './types';

/** The paged lists of the import history and of the organisations (reads: no transaction, no audit). */
export const listPagesHandlers = (ctx: AppContext): HandlersFor<typeof listPagesContract> => ({
  'imports:page': (query) => pageImports(ctx.db, query),
  'organisations:page': (query) => pageOrganisations(storeOf(ctx).read, query),
});
