import { readFileSync } from 'node:fs';
import { spawnedWorkers } from '../../support/workers';

/** Peak resident memory (VmHWM) of a live process, in bytes; 0 once it has exited. */
const peakRssOf = (pid: number | undefined): number => {
  try {
    const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return Number(kb ?? 0) * 1024;
  } catch {
    return 0;
  }
};

/**
 * Measures, from outside, the peak RSS of every worker process started from now on: VmHWM (the
 * kernel's high-water mark, so growth between samples is not missed) sampled every 50 ms.
 */
export const watchWorkers = () => {
  const from = spawnedWorkers.length;
  const peaks = new Map<number, number>();
  const tick = () => {
    for (const child of spawnedWorkers.slice(from))
      if (child.pid !== undefined)
        peaks.set(child.pid, Math.max(peaks.get(child.pid) ?? 0, peakRssOf(child.pid)));
  };
  const timer = setInterval(tick, 50);
  return {
    stop: () => {
      clearInterval(timer);
      tick();
      return {
        workers: spawnedWorkers.length - from,
        peak: Math.max(0, ...peaks.values()),
        /** Each worker's peak, in start order (MB). */
        peaksMb: [...peaks.values()].map((b) => Math.round(b / 1024 ** 2)),
      };
    },
  };
};
