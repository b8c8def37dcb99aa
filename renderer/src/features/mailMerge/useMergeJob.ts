import { useQuery as useCachedQuery, useQueryClient } from '@tanstack/react-query';
import type { Api } from '../../../../shared/ipc/api';
import type { Result } from '../../../../shared/ipc/result';
import { call } from '../../api';
import { useAppEvent } from '../../data/appEvents';

interface JobStatus {
  jobId: string;
}

/**
 * A running mail merge's status (breach notices, KG transfer notices): read at the start and again on
 * every `jobs:progress` the main process pushes for it. `kind` keeps the two jobs' cache entries apart.
 */
export function useMergeJob<S extends JobStatus>(
  kind: string,
  jobId: string | null,
  load: (api: Api, jobId: string) => Promise<Result<S>>,
): S | null {
  const client = useQueryClient();
  const queryKey = ['mergeJob', kind, jobId] as const;
  const status = useCachedQuery({
    queryKey,
    enabled: jobId !== null,
    staleTime: Infinity,
    queryFn: async () => {
      const result = jobId ? await call((api) => load(api, jobId)) : null;
      return result?.ok ? result.value : null;
    },
  });
  useAppEvent(
    'jobs:progress',
    (event) => {
      if (event.jobId === jobId) void client.invalidateQueries({ queryKey });
    },
    jobId !== null,
  );
  const value = status.data ?? null;
  return value !== null && value.jobId === jobId ? value : null;
}
