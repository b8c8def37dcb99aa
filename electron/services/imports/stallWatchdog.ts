import { performance } from 'node:perf_hooks';
import type { ImportProgress } from '../../../shared/imports/job';

/**
 * How long a scan may go without progress. A scan reports progress several times a second while it
 * reads (each 64 KiB chunk, each row), so a minute without any is a hang — a hostile file that makes
 * the reader loop or wait forever — never a big file read slowly on a busy machine.
 */
export const SCAN_STALL_LIMIT_MS = 60_000;

/**
 * Watches a job's progress: `onStall` is called once when neither the bytes read nor the rows read
 * have moved for `limitMs`. Any movement starts the wait again, so a slow scan that keeps reading is
 * never stopped, however long it takes in total.
 */
export const watchStall = (limitMs: number, onStall: () => void) => {
  let mark = '';
  let moved = performance.now();
  const timer = setInterval(
    () => {
      if (performance.now() - moved < limitMs) return;
      clearInterval(timer);
      onStall();
    },
    Math.max(10, Math.min(1000, limitMs / 4)),
  );
  return {
    progress: (progress: ImportProgress) => {
      const now = `${progress.bytesRead}:${progress.counts.rowsRead}`;
      if (now === mark) return;
      mark = now;
      moved = performance.now();
    },
    stop: () => clearInterval(timer),
  };
};
