import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { appEventsOf } from '../../appEvents';
import type { AliasValue, EarlierImport, ImportJobStatus } from '../../../shared/domain/ledger';
import {
  emptyCounts,
  type ImportProgress,
  type ImportWorkerMessage,
  type ScannedFile,
  type WorkerTask,
} from '../../../shared/imports/job';
import { importReasons, type ImportReason } from '../../../shared/imports/reasons';
import { DomainError } from '../../../shared/ipc/result';
import type { AppContext, WorkerHandle } from '../../context';
import { earlierImportOf } from '../../db/repositories/importRepository';
import { removeImportData } from '../../db/repositories/ledgerRepository';
import { runningJobsOf } from '../runningJobs';
import { subjectCountCache } from '../subjectCounts';
import { SCAN_STALL_LIMIT_MS, watchStall } from './stallWatchdog';

/**
 * What a job reports when its worker failed: a reason key the UI translates, never the worker's own
 * text (which could be raw errno, SQLite or stack text, or anything a broken worker sends).
 */
export const failureOf = (message: { reason?: unknown }): { message: ImportReason; reason: ImportReason } => {
  const reason = (importReasons as readonly unknown[]).includes(message.reason)
    ? (message.reason as ImportReason)
    : 'import.failed';
  return { message: reason, reason };
};

interface Job {
  id: string;
  kind: WorkerTask['kind'];
  worker: WorkerHandle;
  state: ImportJobStatus['state'];
  progress: ImportProgress;
  importId: number | null;
  organisationId: number;
  stageFile: string;
  values: AliasValue[];
  scanned: ScannedFile | null;
  alreadyImported: EarlierImport | null;
  error: ImportJobStatus['error'];
  /** The worker has exited and the job's clean-up is done (its stage removed, its ticket ended). */
  ended: boolean;
  /** Resolves when the job has ended and its clean-up (if any) is done. */
  finished: Promise<void>;
}

const jobsByContext = new WeakMap<AppContext, Map<string, Job>>();
const jobsOf = (ctx: AppContext): Map<string, Job> => {
  let jobs = jobsByContext.get(ctx);
  if (!jobs) jobsByContext.set(ctx, (jobs = new Map()));
  return jobs;
};

export const runningImport = (ctx: AppContext): boolean =>
  [...jobsOf(ctx).values()].some((j) => j.kind === 'import' && j.state === 'running');

/** Ledger changes by hand (merge, split, undo, a subject added) wait for no import: they are refused. */
export const assertNoImportRunning = (ctx: AppContext): void => {
  if (runningImport(ctx)) throw new DomainError('CONFLICT', 'errors.importRunning');
};

/** Starts a worker for the task; its messages update the job that `jobStatus` reports. */
export const startJob = (ctx: AppContext, task: WorkerTask): string => {
  // Registered while it runs: a restore refuses to swap the database under a worker (and no job starts during one).
  const ticket = runningJobsOf(ctx).begin(task.kind);
  const worker = ctx.spawnWorker('importWorker');
  worker.send({ type: 'task', task });
  const id = randomUUID();
  let settle!: () => void;
  const job: Job = {
    id,
    kind: task.kind,
    worker,
    state: 'running',
    progress: { bytesRead: 0, totalBytes: task.job.sniff.fileSize, counts: emptyCounts(), elapsedMs: 0 },
    importId: task.kind === 'import' ? task.job.importId : null,
    organisationId: task.job.organisationId,
    stageFile: task.job.stageFile,
    values: [],
    scanned: null,
    alreadyImported: null,
    error: null,
    ended: false,
    finished: new Promise<void>((resolve) => (settle = resolve)),
  };
  jobsOf(ctx).set(id, job);
  // A scan reads an untrusted file: a reader that loops or hangs must not keep its worker forever.
  // (An import reads only the stage its scan wrote.) Killed, the worker exits and the job fails below.
  const stall =
    task.kind === 'scan'
      ? watchStall(ctx.importLimits?.stallMs ?? SCAN_STALL_LIMIT_MS, () => {
          if (job.state !== 'running') return;
          job.error = { message: 'import.stalled', reason: 'import.stalled' };
          worker.kill();
        })
      : null;
  let lastWord: Promise<void> = Promise.resolve();
  worker.onMessage((raw) => {
    const message = raw as ImportWorkerMessage;
    if (message.type === 'progress') {
      job.progress = message.progress;
      stall?.progress(message.progress);
      appEventsOf(ctx).jobChanged(id);
      return;
    }
    stall?.stop();
    lastWord = (async () => {
      if (message.type === 'done') {
        job.progress = message.progress;
        job.values = message.values ?? [];
        job.scanned = message.scanned ?? null;
        if (job.scanned)
          job.alreadyImported = await earlierImportOf(ctx.db, job.organisationId, job.scanned.sha256);
        job.state = 'done';
      } else if (message.type === 'cancelled') job.state = 'cancelled';
      else if (message.type === 'failed') {
        job.state = 'failed';
        job.error = failureOf(message);
      }
      appEventsOf(ctx).jobChanged(id, true);
    })();
    // The worker has said its last word (and cleaned up after itself): end its process.
    worker.kill();
  });
  worker.onExit(() => {
    stall?.stop();
    void (async () => {
      await lastWord.catch(() => undefined);
      // A worker that died without saying it finished (killed, crashed): undo its import here.
      if (job.state === 'running') {
        job.state = 'failed';
        job.error ??= { message: 'errors.workerStopped' };
        if (job.importId !== null) {
          const importId = job.importId;
          await ctx.db
            .transaction((tx) => removeImportData(tx, importId))
            .catch((e: unknown) => console.error(e));
        }
      }
      // A stage serves one import: dropped once that import ends, or when its scan did not finish.
      if (job.kind === 'import' || job.state !== 'done') await rm(job.stageFile, { force: true });
      if (job.kind === 'import') subjectCountCache(ctx).invalidate();
      ticket.end();
      job.ended = true;
      appEventsOf(ctx).jobChanged(id, true);
      settle();
    })();
  });
  return id;
};

const jobFor = (ctx: AppContext, jobId: string): Job => {
  const job = jobsOf(ctx).get(jobId);
  if (!job) throw new DomainError('NOT_FOUND', 'errors.notFound');
  return job;
};

export const jobStatus = (ctx: AppContext, jobId: string): ImportJobStatus => {
  const job = jobFor(ctx, jobId);
  const { bytesRead, totalBytes, counts, elapsedMs } = job.progress;
  const seconds = elapsedMs / 1000;
  // Reported as running until the worker has exited and cleaned up: once a job reads «done», nothing of
  // it runs any more (a restore or the next import may go ahead at once).
  const state = job.ended ? job.state : 'running';
  const done = state === 'done';
  const fraction = done ? 1 : totalBytes > 0 ? Math.min(1, bytesRead / totalBytes) : 0;
  const etaSeconds =
    !done && fraction > 0.01 && seconds > 0.5 ? Math.round((seconds / fraction) * (1 - fraction)) : null;
  return {
    jobId,
    kind: job.kind,
    state,
    bytesRead,
    totalBytes,
    percent: Math.round(fraction * 1000) / 10,
    rowsPerSecond: seconds > 0 ? Math.round(counts.rowsRead / seconds) : 0,
    etaSeconds: done ? 0 : etaSeconds,
    counts,
    importId: done ? job.importId : null,
    values: job.values,
    error: job.error,
    sha256: job.scanned?.sha256 ?? null,
    alreadyImported: job.alreadyImported,
  };
};

/** A finished scan: its values, what it read, and its stage. */
export const finishedScan = (ctx: AppContext, jobId: string) => {
  const job = jobsOf(ctx).get(jobId);
  return job && job.kind === 'scan' && job.state === 'done' && job.scanned
    ? {
        values: job.values,
        scanned: job.scanned,
        stageFile: job.stageFile,
        alreadyImported: job.alreadyImported,
      }
    : null;
};

/** Asks the worker to stop; an import removes what it wrote before it reports "cancelled". */
export const cancelJob = (ctx: AppContext, jobId: string): void => {
  const job = jobFor(ctx, jobId);
  if (job.state === 'running') job.worker.send({ type: 'cancel' });
};

/** For tests and shutdown: waits until the job has ended and cleaned up. */
export const jobFinished = (ctx: AppContext, jobId: string): Promise<void> => jobFor(ctx, jobId).finished;

/** Stops every worker (app shutdown). An import stopped this way is undone here or at the next start. */
export const stopAllJobs = async (ctx: AppContext): Promise<void> => {
  const jobs = [...jobsOf(ctx).values()].filter((j) => j.state === 'running');
  for (const job of jobs) job.worker.kill();
  await Promise.all(jobs.map((j) => j.finished));
};
