import type { FileSniff, ForcedEncoding } from '../../../shared/imports/fileTypes';
import type { ImportWorkerMessage, SniffTask } from '../../../shared/imports/job';
import { DomainError } from '../../../shared/ipc/result';
import type { AppContext } from '../../context';
import { failureOf } from './jobs';

/** How long a sniff may take: the start of any sane file is read in well under a second. */
export const SNIFF_TIME_LIMIT_MS = 20_000;

const refused = (reason: string) => new DomainError('VALIDATION', reason, { file: [reason] });

/**
 * Sniffs a chosen file in a worker process, never in the main process: a hostile file (a zip bomb, a
 * workbook of huge shared strings, XML that never ends) can exhaust that worker's memory or time, not
 * the app's. The worker is killed when the time limit passes (`import.timeLimit`); a worker that dies
 * (out of memory, crashed) gives `import.unreadableXlsx` for a workbook and `import.readFailed`
 * otherwise; every other failure is the worker's reason key. Refusals are VALIDATION errors on `file`.
 */
export const sniffInWorker = (
  ctx: AppContext,
  path: string,
  encoding?: ForcedEncoding,
  timeLimitMs = SNIFF_TIME_LIMIT_MS,
): Promise<FileSniff> =>
  new Promise<FileSniff>((resolve, reject) => {
    const worker = ctx.spawnWorker('importWorker');
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.kill();
      outcome();
    };
    const timer = setTimeout(() => settle(() => reject(refused('import.timeLimit'))), timeLimitMs);
    worker.onMessage((raw) => {
      const message = raw as ImportWorkerMessage;
      if (message.type === 'sniffed') settle(() => resolve(message.sniff));
      else if (message.type === 'failed') settle(() => reject(refused(failureOf(message).reason)));
    });
    worker.onExit(() =>
      settle(() => reject(refused(/\.xlsx$/i.test(path) ? 'import.unreadableXlsx' : 'import.readFailed'))),
    );
    const task: SniffTask = { kind: 'sniff', path, ...(encoding ? { encoding } : {}) };
    worker.send({ type: 'task', task });
  });
