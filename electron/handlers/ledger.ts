import type { ledgerContract } from '../../shared/ipc/contracts/ledger';
import type { AppContext } from '../context';
import { aliasService } from '../services/imports/aliases';
import { importService } from '../services/imports/importService';
import { listPossibleMatches } from '../db/repositories/possibleMatchRepository';
import { importUndoService } from '../services/imports/importUndo';
import { subjectChangeService } from '../services/subjectChanges';
import { subjectService } from '../services/subjects';
import type { HandlersFor } from './types';

/** Imports and the subjects ledger. */
export const ledgerHandlers = (ctx: AppContext): HandlersFor<typeof ledgerContract> => {
  const imports = importService(ctx);
  const aliases = aliasService(ctx);
  const subjects = subjectService(ctx);
  const changes = subjectChangeService(ctx);
  const undo = importUndoService(ctx);
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
    'imports:undo': ({ importId }) => undo.undo(importId),
    'subjects:create': (input) => changes.create(input),
    'subjects:merge': (input) => changes.merge(input),
    'subjects:split': (input) => changes.split(input),
    'subjects:undoChange': ({ changeId }) => changes.undoChange(changeId),
    'subjects:possibleMatches': async ({ organisationId, status, kind, offset, limit }) => ({
      ...(await listPossibleMatches(ctx.db, { organisationId, status, kind }, offset, limit)),
      offset,
      limit,
    }),
    'subjects:dismissMatch': ({ id }) => changes.dismissMatch(id),
    'subjects:byRecipient': ({ recipientId, offset, limit }) =>
      undo.recipientSubjects(recipientId, offset, limit),
    'subjects:exportByRecipient': ({ recipientId }) => undo.exportRecipientSubjects(recipientId),
  };
};
