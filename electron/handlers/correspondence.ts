import type { correspondenceContract } from '../../shared/ipc/contracts/correspondence';
import type { AppContext } from '../context';
import { answerSendingService } from '../services/correspondence/answerSending';
import { correspondenceAnswerService } from '../services/correspondence/answers';
import { subjectBlockService } from '../services/correspondence/blocks';
import { calendarService } from '../services/correspondence/calendarService';
import { deadlineService } from '../services/correspondence/deadlineService';
import { identityService } from '../services/correspondence/identity';
import { correspondenceFileService } from '../services/correspondence/itemFiles';
import { correspondenceItemService } from '../services/correspondence/items';
import { correspondenceWorkflowService } from '../services/correspondence/itemWorkflow';
import { correspondenceListingService } from '../services/correspondence/listing';
import { correspondenceSettingsService } from '../services/correspondence/settings';
import type { HandlersFor } from './types';

/** Claims, data-subject requests, deadlines and written answers. */
export const correspondenceHandlers = (ctx: AppContext): HandlersFor<typeof correspondenceContract> => {
  const items = correspondenceItemService(ctx);
  const workflow = correspondenceWorkflowService(ctx);
  const files = correspondenceFileService(ctx);
  const listing = correspondenceListingService(ctx);
  const settings = correspondenceSettingsService(ctx);
  const deadlines = deadlineService(ctx);
  const calendars = calendarService(ctx);
  const blocks = subjectBlockService(ctx);
  const answers = correspondenceAnswerService(ctx);
  const sending = answerSendingService(ctx);
  const identity = identityService(ctx);
  return {
    'correspondence:register': (data) => items.register(data),
    'correspondence:get': ({ id }) => items.get(id),
    'correspondence:verifyIdentity': ({ id, ...input }) => identity.verify(id, input),
    'correspondence:list': (query) => listing.list(query),
    'correspondence:update': ({ id, data }) => items.update(id, data),
    'correspondence:setStatus': ({ id, status }) => workflow.setStatus(id, status),
    'correspondence:extend': ({ id, ...extension }) => workflow.extend(id, extension),
    'correspondence:pause': ({ id, ...pause }) => workflow.pause(id, pause),
    'correspondence:resume': ({ id, to }) => workflow.resume(id, to),
    'correspondence:linkSubject': ({ id, subjectId }) => workflow.linkSubject(id, subjectId),
    'correspondence:attach': ({ id }) => files.attach(id),
    'correspondence:detach': ({ attachmentId }) => files.detach(attachmentId),
    'correspondence:openAttachment': ({ attachmentId }) => files.open(attachmentId),
    'correspondence:getSettings': ({ organisationId }) => settings.get(organisationId),
    'correspondence:updateSettings': ({ organisationId, data, expectedUpdatedAt }) =>
      settings.update(organisationId, data, expectedUpdatedAt),

    'deadlines:rules': ({ organisationId, kind }) => deadlines.rules(organisationId, kind),
    'deadlines:preview': (input) => deadlines.preview(input),
    'deadlines:overview': ({ organisationId }) => listing.overview(organisationId),

    'calendars:list': () => calendars.list(),
    'calendars:get': ({ country, year }) => calendars.get(country, year),
    'calendars:correct': (correction) => calendars.correct(correction),

    'blocks:list': (query) => blocks.list(query),
    'blocks:forSubjects': ({ subjectIds }) => blocks.forSubjects(subjectIds),
    'blocks:create': ({ itemId, from, reason }) => blocks.create(itemId, from, reason),
    'blocks:end': ({ id, until, reason }) => blocks.end(id, until, reason),

    'answers:create': ({ itemId, decision }) => answers.create(itemId, decision),
    'answers:get': ({ id }) => answers.get(id),
    'answers:list': ({ itemId }) => answers.list(itemId),
    'answers:template': ({ id, decision }) => answers.template(id, decision),
    'answers:update': ({ id, data }) => answers.update(id, data),
    'answers:register': ({ id, date }) => sending.register(id, date),
    'answers:markSent': ({ id, sentDate, channel }) => sending.markSent(id, sentDate, channel),
    'answers:savePdf': ({ id }) => sending.savePdf(id),
    'answers:openPdf': ({ id }) => sending.openPdf(id),
    'answers:verifyPdf': ({ id }) => sending.verifyPdf(id),
  };
};
