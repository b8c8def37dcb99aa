import type { MailMergeJobStatus } from '../../../shared/domain/breachMailMerge';
import type { SavedFile } from '../../../shared/domain/app';
import { letterCommon } from '../../../shared/documents/breachLetters';
import { DomainError } from '../../../shared/ipc/result';
import type { AppContext } from '../../context';
import { findScope } from '../../db/repositories/breachScopeRepository';
import { safeFileName } from '../documents/types';
import { ensureCalendars } from '../correspondence/scope';
import { mustFindOrganisation } from '../correspondence/settings';
import { mailMergeJobs } from '../mailMerge/mailMergeJobs';
import { informingClause } from '../policy/policyInForce';
import { loadIncident } from './mapping';

export { MAIL_MERGE_CHUNK } from '../mailMerge/mailMergeJobs';

/** Breach notices to every subject of the incident's saved scope, through the shared mail merge. */
export const mailMergeService = (ctx: AppContext) => {
  const jobs = mailMergeJobs(ctx);
  const breachJob = (jobId: string) => {
    const status = jobs.status(jobId);
    if (status.source.kind !== 'breach') throw new DomainError('NOT_FOUND', 'errors.notFound');
    return { status, incidentId: status.source.incidentId };
  };
  return {
    start: async (incidentId: number, advice: string): Promise<{ jobId: string }> => {
      await ensureCalendars(ctx);
      const incident = await loadIncident(ctx, ctx.db, incidentId);
      const scope = await findScope(ctx.db, incidentId);
      if (!scope || scope.subjects === 0) throw new DomainError('CONFLICT', 'errors.breaches.noScope');
      const org = await mustFindOrganisation(ctx.db, incident.organisationId);
      return jobs.start({
        source: { kind: 'breach', incidentId },
        total: scope.subjects,
        common: letterCommon(
          incident,
          org,
          advice,
          await informingClause(ctx.db, org.id, incident.detectedAt),
        ),
        defaultName: safeFileName(`Уведомления субъектам ${incident.number.replace(/\//g, '-')}.pdf`),
      });
    },

    status: (jobId: string): MailMergeJobStatus => {
      const { status, incidentId } = breachJob(jobId);
      return {
        jobId: status.jobId,
        incidentId,
        state: status.state,
        letters: status.letters,
        total: status.total,
        percent: status.percent,
        pdfBytes: status.pdfBytes,
        elapsedMs: status.elapsedMs,
        error: status.error,
      };
    },

    cancel: (jobId: string): null => jobs.cancel(jobId),

    /** The finished PDF (benchmark, tests). */
    pdfOf: (jobId: string): Promise<Uint8Array | null> => jobs.pdfOf(jobId),

    save: (jobId: string): Promise<SavedFile> => {
      breachJob(jobId);
      return jobs.save(jobId, 'errors.breaches.mergeNotDone');
    },
  };
};
