import { keepPreviousData, useQuery as useCachedQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Api } from '../../../shared/ipc/api';
import type { AppError, Result } from '../../../shared/ipc/result';
import { call } from '../api';

export interface Query<T> {
  /** The latest successful value; kept while a new key loads so lists do not flicker. */
  data: T | undefined;
  error: AppError | null;
  loading: boolean;
  reload: () => void;
}

/** A failed Result travels through the cache as this error, so the screen gets the AppError back. */
class ResultError extends Error {
  constructor(readonly appError: AppError) {
    super(appError.message);
  }
}

/**
 * Loads data through window.api into the shared query cache (TanStack Query) under `key` (null = do
 * not load). `key` must describe every input of `load`. Mutations made through `mutate` or
 * `useAction` invalidate the cache, so a screen shows the change without counting versions.
 */
export function useQuery<T>(key: string | null, load: (api: Api) => Promise<Result<T>>): Query<T> {
  const client = useQueryClient();
  const query = useCachedQuery({
    queryKey: ['api', key],
    enabled: key !== null,
    placeholderData: keepPreviousData,
    queryFn: async () => {
      const result = await call(load);
      if (!result.ok) throw new ResultError(result.error);
      return result.value;
    },
  });
  const reload = useCallback(() => void client.invalidateQueries({ queryKey: ['api', key] }), [client, key]);
  const error = query.error instanceof ResultError ? query.error.appError : query.error ? unknownError : null;
  return {
    data: query.data,
    error: query.isPlaceholderData ? null : error,
    loading: key !== null && (query.isFetching || query.isPlaceholderData),
    reload,
  };
}

const unknownError: AppError = { code: 'INTERNAL', message: 'errors.bridge' };
