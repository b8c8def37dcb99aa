import type { breachesContract } from '../../shared/ipc/contracts/breaches';
import { scoreSeverity } from '../../shared/breaches/enisa';
import { DomainError } from '../../shared/ipc/result';
import type { AppContext } from '../context';
import { breachIncidentService } from '../services/breaches/incidents';
import { mailMergeService } from '../services/breaches/mailMerge';
import { breachNotificationService } from '../services/breaches/notifications';
import { breachScopeService } from '../services/breaches/scope';
import type { HandlersFor } from './types';

/** Breach incidents, severity, clocks, scope and notices. */
export const breachesHandlers = (ctx: AppContext): HandlersFor<typeof breachesContract> => {
  const incidents = breachIncidentService(ctx);
  const notifications = breachNotificationService(ctx);
  const scope = breachScopeService(ctx);
  const merge = mailMergeService(ctx);
  return {
    'breaches:create': (input) => incidents.create(input),
    'breaches:get': ({ id }) => incidents.get(id),
    'breaches:list': (q) => incidents.list(q),
    'breaches:update': ({ id, data }) => incidents.update(id, data),
    'breaches:setStatus': ({ id, status }) => incidents.setStatus(id, status),
    'breaches:previewSeverity': async (a) => scoreSeverity(a),
    'breaches:assessSeverity': ({ id, assessment }) => incidents.assess(id, assessment),
    'breaches:decide': ({ id, notify, reason }) => incidents.decide(id, notify, reason),
    'breaches:recordNotification': async (n) => {
      const result = await notifications.record(n);
      if (result === null) throw new DomainError('CANCELLED', 'errors.cancelled');
      return result;
    },
    'breaches:overview': ({ organisationId }) => incidents.overview(organisationId),
    'breaches:scopeCount': (c) => scope.count(c),
    'breaches:scopeSubjects': (q) => scope.subjects(q),
    'breaches:saveScope': ({ incidentId, criteria }) => scope.save(incidentId, criteria),
    'breaches:attach': ({ id }) => notifications.attach(id),
    'breaches:openAttachment': ({ attachmentId }) => notifications.open(attachmentId),
    'breaches:mailMergeStart': ({ incidentId, advice }) => merge.start(incidentId, advice),
    'breaches:mailMergeJob': async ({ jobId }) => merge.status(jobId),
    'breaches:mailMergeCancel': async ({ jobId }) => merge.cancel(jobId),
    'breaches:mailMergeSave': ({ jobId }) => merge.save(jobId),
  };
};
