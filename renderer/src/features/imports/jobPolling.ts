import { useEffect, useRef } from 'react';
import type { ImportJobStatus } from '../../../../shared/domain/ledger';
import type { Result } from '../../../../shared/ipc/result';
import { call } from '../../api';
import { useAppEvent } from '../../data/appEvents';
import { queryClient } from '../../data/queryClient';
import { isRunning, type ImportWizardState } from './wizardState';

export interface PollTarget {
  organisationId: number;
  slot: 'scan' | 'run';
  jobId: string;
}

const runningTargets = (wizards: Record<number, ImportWizardState>): PollTarget[] =>
  Object.entries(wizards).flatMap(([org, wizard]) =>
    (['scan', 'run'] as const)
      .filter((slot) => isRunning(wizard[slot]))
      .map((slot) => ({ organisationId: Number(org), slot, jobId: wizard[slot]?.jobId ?? '' })),
  );

/**
 * Keeps every running scan and import of the wizards up to date: the status is read once when the
 * job starts and again each time the main process pushes `jobs:progress` for it (no polling). One
 * read per job at a time; an event that arrives meanwhile is answered by one more read after it.
 */
export function useJobPolling(
  wizards: Record<number, ImportWizardState>,
  apply: (target: PollTarget, result: Result<ImportJobStatus>) => void,
): void {
  const targets = runningTargets(wizards);
  const key = targets.map((t) => `${t.organisationId}|${t.slot}|${t.jobId}`).join(',');
  const reading = useRef(new Map<string, 'reading' | 'again'>());
  const latest = useRef({ targets, apply });
  useEffect(() => {
    latest.current = { targets, apply };
  });

  const refresh = (jobId: string) => {
    const state = reading.current.get(jobId);
    if (state) {
      reading.current.set(jobId, 'again');
      return;
    }
    reading.current.set(jobId, 'reading');
    void call((api) => api.imports.job({ jobId })).then((result) => {
      const again = reading.current.get(jobId) === 'again';
      reading.current.delete(jobId);
      const target = latest.current.targets.find((t) => t.jobId === jobId);
      // A job that ended may have changed the ledger (an import, its clean-up): every cached list follows.
      if (result.ok && result.value.state !== 'running') void queryClient.invalidateQueries();
      if (target) latest.current.apply(target, result);
      if (again && target) refresh(jobId);
    });
  };

  useEffect(() => {
    if (key === '') return;
    for (const target of latest.current.targets) refresh(target.jobId);
    // refresh only reads refs; the job list is what restarts this effect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  useAppEvent(
    'jobs:progress',
    ({ jobId }) => {
      if (latest.current.targets.some((t) => t.jobId === jobId)) refresh(jobId);
    },
    key !== '',
  );
}
