import type { policiesContract } from '../../shared/ipc/contracts/policies';
import type { AppContext } from '../context';
import { scopeById } from '../services/correspondence/scope';
import { policyChanges } from '../services/policy/policyChanges';
import { policyService } from '../services/policy/policyVersions';
import type { HandlersFor } from './types';

/** Privacy policy versions, clauses, facts. */
export const policiesHandlers = (ctx: AppContext): HandlersFor<typeof policiesContract> => {
  const policies = policyService(ctx);
  return {
    'policies:list': ({ organisationId }) => policies.list(organisationId),
    'policies:get': ({ id }) => policies.get(id),
    'policies:loadFile': (p) => policies.loadFile(p),
    'policies:loadText': (p) => policies.loadText(p),
    'policies:editClauses': ({ versionId, edit }) => policies.editClauses(versionId, edit),
    'policies:setFact': ({ versionId, factId, accepted }) => policies.setFact(versionId, factId, accepted),
    'policies:saveFact': ({ versionId, factId, fact }) => policies.saveFact(versionId, factId, fact),
    'policies:removeFact': ({ versionId, factId }) => policies.removeFact(versionId, factId),
    'policies:confirm': ({ versionId }) => policies.confirm(versionId),
    'policies:withdraw': ({ versionId }) => policies.withdraw(versionId),
    'policies:changes': ({ versionId }) => policyChanges(ctx, ctx.db, versionId),
    'policies:claimTerms': async ({ organisationId }) =>
      (await scopeById(ctx, ctx.db, organisationId)).claimTerms,
  };
};
