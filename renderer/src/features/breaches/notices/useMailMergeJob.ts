import type { MailMergeJobStatus } from '../../../../../shared/domain/breachMailMerge';
import { useMergeJob } from '../../mailMerge/useMergeJob';

/** A running breach mail merge's status, followed through the pushed `jobs:progress` events. */
export const useMailMergeJob = (jobId: string | null): MailMergeJobStatus | null =>
  useMergeJob('breach', jobId, (api, id) => api.breaches.mailMergeJob({ jobId: id }));
