import { useEffect, useRef, useState } from 'react';
import type { Api } from '../../../../shared/ipc/api';
import type { Result } from '../../../../shared/ipc/result';
import { call } from '../../api';

const POLL_MS = 250;

interface JobStatus {
  jobId: string;
  state: string;
}

/**
 * Polls a mail-merge job (breach notices, KG transfer notices) one request at a time until it is no
 * longer building or printing. Local to the mail merge on purpose: the renderer's shared data layer
 * (a query cache, main-process events) is being introduced separately and will replace it.
 */
export function usePolledMergeJob<S extends JobStatus>(
  jobId: string | null,
  load: (api: Api, jobId: string) => Promise<Result<S>>,
): S | null {
  const [status, setStatus] = useState<S | null>(null);
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  useEffect(() => {
    if (jobId === null) return;
    let live = true;
    let waiting = false;
    let timer = 0;
    const tick = async () => {
      if (waiting) return;
      waiting = true;
      const result = await call((api) => loadRef.current(api, jobId));
      waiting = false;
      if (!live || !result.ok) return;
      setStatus(result.value);
      if (result.value.state !== 'building' && result.value.state !== 'printing') window.clearInterval(timer);
    };
    void tick();
    timer = window.setInterval(() => void tick(), POLL_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [jobId]);
  return status !== null && status.jobId === jobId ? status : null;
}
