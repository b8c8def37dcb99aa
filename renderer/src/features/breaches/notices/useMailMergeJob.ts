import type { MailMergeJobStatus } from '../../../../../shared/domain/breachMailMerge';
import { usePolledMergeJob } from '../../mailMerge/usePolledMergeJob';

/** Polls a running breach mail merge until it is done, cancelled or failed. */
export const useMailMergeJob = (jobId: string | null): MailMergeJobStatus | null =>
  usePolledMergeJob(jobId, (api, id) => api.breaches.mailMergeJob({ jobId: id }));
