import { useEffect, useState } from 'react';
import type { MailMergeJobStatus } from '../../../../../shared/domain/breachMailMerge';
import { call } from '../../../api';

const POLL_MS = 250;

/** Polls a running mail merge (one request at a time) until it is done, cancelled or failed. */
export function useMailMergeJob(jobId: string | null): MailMergeJobStatus | null {
  const [status, setStatus] = useState<MailMergeJobStatus | null>(null);
  useEffect(() => {
    if (jobId === null) return;
    let live = true;
    let waiting = false;
    let timer = 0;
    const tick = async () => {
      if (waiting) return;
      waiting = true;
      const result = await call((api) => api.breaches.mailMergeJob({ jobId }));
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
