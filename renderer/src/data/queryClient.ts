import { QueryClient } from '@tanstack/react-query';
import type { Api } from '../../../shared/ipc/api';
import type { Result } from '../../../shared/ipc/result';
import { call } from '../api';

/**
 * The renderer's one query cache. Data lives in a local database, so nothing refetches on focus or
 * retries; what changes it is a mutation of this page (invalidated below) or a pushed event.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false, staleTime: 30_000 },
  },
});

/**
 * Calls a channel that changes data and, when it succeeded, marks every cached query stale (the
 * mounted ones load again at once). One rule instead of a version counter per screen: a record's
 * page, its history, the lists and the sidebar badges all follow any change.
 */
export const mutate = async <T>(invoke: (api: Api) => Promise<Result<T>>): Promise<Result<T>> => {
  const result = await call(invoke);
  if (result.ok) await queryClient.invalidateQueries();
  return result;
};
