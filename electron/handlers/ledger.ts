import type { ledgerContract } from '../../shared/ipc/contracts/ledger';
import type { AppContext } from '../context';
import { aliasService } from '../services/imports/aliases';
import { importService } from '../services/imports/importService';
import { subjectService } from '../services/subjects';
import type { HandlersFor } from './types';

/** Imports and the subjects ledger. */
export const ledgerHandlers = (ctx: AppContext): HandlersFor<typeof ledgerContract> => {
  const imports = importService(ctx);
  const aliases = aliasService(ctx);
  const subjects = subjectService(ctx);
  return {
    'imports:chooseFile': ({ organisationId }) => imports.chooseFile(organisationId),
    'imports:resniff': ({ token, organisationId, encoding }) =>
      imports.resniff(token, organisationId, encoding),
    'imports:scan': (setup) => imports.scan(setup),
    'imports:start': (setup) => imports.start(setup),
    'imports:job': async ({ jobId }) => imports.job(jobId),
    'imports:cancel': async ({ jobId }) => imports.cancel(jobId),
    'imports:history': ({ organisationId }) => imports.history(organisationId),
    'imports:rejections': ({ importId, offset, limit }) => imports.rejections(importId, offset, limit),
    'imports:exportRejections': ({ importId }) => imports.exportRejections(importId),
    'imports:profiles': ({ organisationId }) => imports.profiles(organisationId),
    'imports:aliases': ({ organisationId }) => aliases.list(organisationId),
    'imports:setAlias': (alias) => aliases.set(alias),
    'subjects:list': (query) => subjects.list(query),
    'subjects:get': ({ id }) => subjects.get(id),
  };
};
