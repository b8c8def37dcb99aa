import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SavedFile } from '../../../shared/domain/app';
import type {
  MailMergeCommand,
  MailMergeEvent,
  MailMergeSource,
  MailMergeTask,
} from '../../../shared/breaches/mailMergeMessages';
import type { LetterCommon } from '../../../shared/documents/breachLetters';
import { breachPdfOptions } from '../../../shared/documents/breachDocuments';
import { printSettings } from '../../../shared/documents/print';
import { DomainError } from '../../../shared/ipc/result';
import { appEventsOf } from '../../appEvents';
import type { AppContext, WorkerHandle } from '../../context';
import { errorResultOf } from '../../ipc/errorResult';
import { loadDocumentFonts } from '../documentFonts';
import { runningJobsOf } from '../runningJobs';

/** Letters per printed chunk: one huge document lays out in worse than linear time in Chromium. */
export const MAIL_MERGE_CHUNK = 500;

export type MergeState = 'building' | 'printing' | 'done' | 'cancelled' | 'failed';

export interface MergeJobStatus {
  jobId: string;
  source: MailMergeSource;
  state: MergeState;
  letters: number;
  total: number;
  percent: number;
  pdfBytes: number | null;
  elapsedMs: number;
  error: string | null;
}

interface Job {
  status: MergeJobStatus;
  /** The joined PDF, written by the worker. */
  pdfFile: string | null;
  worker: WorkerHandle | null;
  defaultName: string;
  startedAt: number;
}

const jobs = new Map<string, Job>();
const running = (job: Job) => job.status.state === 'building' || job.status.state === 'printing';

export interface MergeRequest {
  source: MailMergeSource;
  total: number;
  common: LetterCommon;
  defaultName: string;
  /** Called with the joined PDF when the merge is done (e.g. to keep it with a notice batch). */
  onDone?: (pdf: Uint8Array) => Promise<void>;
}

/**
 * Mail merge of letters to many persons: one letter (page) per person. A worker process reads the
 * persons, builds the letters in chunks and joins the PDFs; the main process only prints each chunk
 * (Chromium lives here). Progress is pushed to the page as `jobs:progress` events; Cancel stops the
 * worker; the job is registered as running while the worker reads the database. Jobs live in memory
 * until the app quits.
 */
export const mailMergeJobs = (ctx: AppContext) => {
  const changed = (job: Job, final = false) => appEventsOf(ctx).jobChanged(job.status.jobId, final);
  const run = async (job: Job, request: MergeRequest): Promise<void> => {
    const fonts = await loadDocumentFonts(ctx.paths.resourcesDir);
    const settings = {
      ...printSettings(breachPdfOptions(''), fonts),
      displayHeaderFooter: false,
      footerTemplate: '',
    };
    await mkdir(join(ctx.paths.dataDir, 'tmp'), { recursive: true });
    const outputFile = join(ctx.paths.dataDir, 'tmp', `mail-merge-${job.status.jobId}.pdf`);
    const task: MailMergeTask = {
      databaseFile: ctx.paths.databaseFile,
      source: request.source,
      total: request.total,
      common: request.common,
      fonts,
      outputFile,
      chunk: MAIL_MERGE_CHUNK,
    };
    const worker = ctx.spawnWorker('mailMergeWorker');
    job.worker = worker;
    // Set when the worker reports its PDF: the worker is then killed and exits while the PDF is still
    // being kept, which is not a failure.
    let finished = false;
    let keeping: Promise<void> = Promise.resolve();
    await new Promise<void>((resolve) => {
      worker.onMessage((raw) => {
        const event = raw as MailMergeEvent;
        changed(job);
        if (event.type === 'print') {
          // Chromium lives in the main process: print here, hand the bytes back to the worker.
          job.status.state = 'printing';
          ctx.printer.toPdf(event.html, settings).then(
            (bytes) => worker.send({ type: 'pdf', seq: event.seq, bytes } satisfies MailMergeCommand),
            (error: unknown) =>
              worker.send({
                type: 'printFailed',
                seq: event.seq,
                message: errorResultOf('mail merge print', error).message,
              } satisfies MailMergeCommand),
          );
        } else if (event.type === 'progress') {
          job.status.letters = event.letters;
          job.status.percent = Math.round((event.letters / Math.max(1, job.status.total)) * 99);
        } else if (event.type === 'done') {
          finished = true;
          worker.kill();
          const finish = request.onDone
            ? readFile(outputFile).then((pdf) => request.onDone?.(pdf))
            : Promise.resolve();
          keeping = finish.then(
            () => {
              job.pdfFile = outputFile;
              Object.assign(job.status, {
                state: 'done',
                percent: 100,
                letters: event.letters,
                pdfBytes: event.bytes,
              });
            },
            (error: unknown) => {
              Object.assign(job.status, {
                state: 'failed',
                error: errorResultOf('mail merge', error).message,
              });
            },
          );
        } else {
          const error = event.message.startsWith('errors.')
            ? event.message
            : errorResultOf('mail merge worker', new Error(event.message)).message;
          Object.assign(job.status, { state: 'failed', error });
          worker.kill();
        }
      });
      worker.onExit(() => {
        if (!finished && running(job)) {
          Object.assign(job.status, { state: 'failed', error: 'errors.workerStopped' });
        }
        // The job (and its running-jobs ticket) ends once the PDF is kept.
        void keeping.then(() => {
          changed(job, true);
          resolve();
        });
      });
      worker.send({ type: 'task', task } satisfies MailMergeCommand);
    });
  };

  const find = (jobId: string): Job => {
    const job = jobs.get(jobId);
    if (!job) throw new DomainError('NOT_FOUND', 'errors.notFound');
    return job;
  };

  return {
    start: (request: MergeRequest): { jobId: string } => {
      // The worker reads the database file: registered while it runs, so a restore waits for it.
      const ticket = runningJobsOf(ctx).begin('mailMerge');
      const jobId = randomUUID();
      const job: Job = {
        status: {
          jobId,
          source: request.source,
          state: 'building',
          letters: 0,
          total: request.total,
          percent: 0,
          pdfBytes: null,
          elapsedMs: 0,
          error: null,
        },
        pdfFile: null,
        worker: null,
        defaultName: request.defaultName,
        startedAt: Date.now(),
      };
      jobs.set(jobId, job);
      void run(job, request)
        .catch((e: unknown) => {
          // The status crosses IPC: a reason key, never the raw text (the details go to the error log).
          Object.assign(job.status, { state: 'failed', error: errorResultOf('mail merge', e).message });
        })
        .finally(() => {
          ticket.end();
          changed(job, true);
        });
      return { jobId };
    },

    status: (jobId: string): MergeJobStatus => {
      const job = find(jobId);
      if (running(job)) job.status.elapsedMs = Date.now() - job.startedAt;
      return { ...job.status };
    },

    cancel: (jobId: string): null => {
      const job = jobs.get(jobId);
      if (job && running(job)) {
        job.status.state = 'cancelled';
        job.worker?.send({ type: 'cancel' } satisfies MailMergeCommand);
        job.worker?.kill();
        changed(job, true);
      }
      return null;
    },

    /** The finished PDF (benchmark, tests). */
    pdfOf: async (jobId: string): Promise<Uint8Array | null> => {
      const file = jobs.get(jobId)?.pdfFile;
      return file ? readFile(file) : null;
    },

    save: async (jobId: string, notDone: string): Promise<SavedFile> => {
      const job = jobs.get(jobId);
      if (!job?.pdfFile) throw new DomainError('CONFLICT', notDone);
      const path = await ctx.dialogs.saveFile({
        title: 'Сохранить PDF',
        defaultName: job.defaultName,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (path === null) return null;
      await copyFile(job.pdfFile, path);
      return { path };
    },
  };
};
