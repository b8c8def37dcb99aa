import { useCallback, useState } from 'react';
import type { Api } from '../../../shared/ipc/api';
import type { Result } from '../../../shared/ipc/result';
import { mutate } from '../data/queryClient';
import { useToast } from '../components/Toast';

/**
 * Runs a mutation through window.api with a busy flag; failures are shown as an error toast, and a
 * success invalidates the query cache (see `mutate`).
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const { showError } = useToast();

  const run = useCallback(
    async <T>(invoke: (api: Api) => Promise<Result<T>>): Promise<Result<T>> => {
      setBusy(true);
      try {
        const result = await mutate(invoke);
        if (!result.ok) showError(result.error);
        return result;
      } finally {
        setBusy(false);
      }
    },
    [showError],
  );

  return { busy, run };
}
