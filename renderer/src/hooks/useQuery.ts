import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError, Result } from '../../../shared/ipc/result';
import { call } from '../api';
import type { Api } from '../../../shared/ipc/api';

interface Loaded<T> {
  key: string;
  version: number;
  result: Result<T>;
}

export interface Query<T> {
  /** The latest successful value; kept while a new key loads so lists do not flicker. */
  data: T | undefined;
  error: AppError | null;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads data through window.api whenever `key` changes (null = do not load). `key` must describe
 * every input of `load`; stale answers of an earlier key are dropped.
 */
export function useQuery<T>(key: string | null, load: (api: Api) => Promise<Result<T>>): Query<T> {
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);
  const [lastGood, setLastGood] = useState<T | undefined>(undefined);
  const [version, setVersion] = useState(0);
  const loadRef = useRef(load);

  useEffect(() => {
    loadRef.current = load;
  });

  useEffect(() => {
    if (key === null) return;
    let current = true;
    void call(loadRef.current).then((result) => {
      if (!current) return;
      setLoaded({ key, version, result });
      if (result.ok) setLastGood(result.value);
    });
    return () => {
      current = false;
    };
  }, [key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const fresh = loaded !== null && loaded.key === key && loaded.version === version;
  const error = loaded && loaded.key === key && !loaded.result.ok ? loaded.result.error : null;
  return { data: lastGood, error, loading: key !== null && !fresh, reload };
}
