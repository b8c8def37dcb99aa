import type { MailMergeJobStatus } from '../../../../../shared/domain/breachMailMerge';
import { usePolledJob } from '../../../hooks/usePolledJob';

/** Polls a running breach mail merge until it is done, cancelled or failed. */
export const useMailMergeJob = (jobId: string | null): MailMergeJobStatus | null =>
  usePolledJob(jobId, (api, id) => api.breaches.mailMergeJob({ jobId: id }));
