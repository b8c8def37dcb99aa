import { useQuery as useCachedQuery, useQueryClient } from '@tanstack/react-query';
import type { MailMergeJobStatus } from '../../../../../shared/domain/breachMailMerge';
import { call } from '../../../api';
import { useAppEvent } from '../../../data/appEvents';

const jobKey = (jobId: string | null) => ['mailMergeJob', jobId] as const;

/** A running mail merge's status: read at the start and again on every pushed `jobs:progress`. */
export function useMailMergeJob(jobId: string | null): MailMergeJobStatus | null {
  const client = useQueryClient();
  const status = useCachedQuery({
    queryKey: jobKey(jobId),
    enabled: jobId !== null,
    staleTime: Infinity,
    queryFn: async () => {
      const result = jobId ? await call((api) => api.breaches.mailMergeJob({ jobId })) : null;
      return result?.ok ? result.value : null;
    },
  });
  useAppEvent(
    'jobs:progress',
    (event) => {
      if (event.jobId === jobId) void client.invalidateQueries({ queryKey: jobKey(jobId) });
    },
    jobId !== null,
  );
  const value = status.data ?? null;
  return value !== null && value.jobId === jobId ? value : null;
}
