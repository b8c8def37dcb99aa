import { useEffect } from 'react';
import type { ImportJobStatus } from '../../../../shared/domain/ledger';
import type { Result } from '../../../../shared/ipc/result';
import { call } from '../../api';
import { isRunning, type ImportWizardState } from './wizardState';

const POLL_MS = 250;

export interface PollTarget {
  organisationId: number;
  slot: 'scan' | 'run';
  jobId: string;
}

/** The running jobs of all wizards as a stable string, so the polling restarts only when they change. */
const pollKey = (wizards: Record<number, ImportWizardState>): string =>
  Object.entries(wizards)
    .flatMap(([org, wizard]) =>
      (['scan', 'run'] as const)
        .filter((slot) => isRunning(wizard[slot]))
        .map((slot) => `${org}|${slot}|${wizard[slot]?.jobId ?? ''}`),
    )
    .join(',');

const parseKey = (key: string): PollTarget[] =>
  key.split(',').map((entry) => {
    const [org, slot, jobId] = entry.split('|');
    return { organisationId: Number(org), slot: slot === 'scan' ? 'scan' : 'run', jobId: jobId ?? '' };
  });

/**
 * Asks the main process for the status of every running scan and import every 250 ms (one request
 * at a time) and hands each answer to `apply`; stops when no job of any wizard is running.
 */
export function useJobPolling(
  wizards: Record<number, ImportWizardState>,
  apply: (target: PollTarget, result: Result<ImportJobStatus>) => void,
): void {
  const key = pollKey(wizards);
  useEffect(() => {
    if (key === '') return;
    const targets = parseKey(key);
    let live = true;
    let waiting = false;
    const tick = async () => {
      if (waiting) return;
      waiting = true;
      const results = await Promise.all(
        targets.map((target) => call((api) => api.imports.job({ jobId: target.jobId }))),
      );
      waiting = false;
      if (!live) return;
      targets.forEach((target, i) => {
        const result = results[i];
        if (result) apply(target, result);
      });
    };
    void tick();
    const timer = window.setInterval(() => void tick(), POLL_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [key, apply]);
}
