import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MailMergeJobStatus } from '../../../shared/domain/breachMailMerge';
import type { SavedFile } from '../../../shared/domain/app';
import { letterCommon } from '../../../shared/documents/breachLetters';
import { breachPdfOptions } from '../../../shared/documents/breachDocuments';
import { printSettings } from '../../../shared/documents/print';
import { DomainError } from '../../../shared/ipc/result';
import type { AppContext, WorkerHandle } from '../../context';
import type {
  MailMergeCommand,
  MailMergeEvent,
  MailMergeTask,
} from '../../../shared/breaches/mailMergeMessages';
import { findScope } from '../../db/repositories/breachScopeRepository';
import { loadDocumentFonts } from '../documentFonts';
import { safeFileName } from '../documents/types';
import { ensureCalendars } from '../correspondence/scope';
import { mustFindOrganisation } from '../correspondence/settings';
import { errorResultOf } from '../../ipc/errorResult';
import { runningJobsOf } from '../runningJobs';
import { loadIncident } from './mapping';
import { informingClause } from '../policy/policyInForce';

/** Letters per printed chunk: one huge document lays out in worse than linear time in Chromium. */
export const MAIL_MERGE_CHUNK = 500;

interface Job {
  status: MailMergeJobStatus;
  cancelled: boolean;
  /** The joined PDF, written by the worker. */
  pdfFile: string | null;
  worker: WorkerHandle | null;
  defaultName: string;
  startedAt: number;
}

const jobs = new Map<string, Job>();

/**
 * Mail merge of notices to the saved scope: one letter (page) per person. A worker process builds
 * the letters in chunks and joins the PDFs; the main process only prints each chunk (Chromium lives
 * here). Polling shows the progress; Cancel stops the worker. Jobs live in memory until the app quits.
 */
export const mailMergeService = (ctx: AppContext) => {
  const run = async (job: Job, incidentId: number, advice: string): Promise<void> => {
    const incident = await loadIncident(ctx, ctx.db, incidentId);
    const org = await mustFindOrganisation(ctx.db, incident.organisationId);
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
      incidentId,
      total: job.status.total,
      common: letterCommon(incident, org, advice, await informingClause(ctx.db, org.id, incident.detectedAt)),
      fonts,
      outputFile,
      chunk: MAIL_MERGE_CHUNK,
    };
    job.defaultName = safeFileName(`Уведомления субъектам ${incident.number.replace(/\//g, '-')}.pdf`);
    const worker = ctx.spawnWorker('mailMergeWorker');
    job.worker = worker;
    await new Promise<void>((resolve) => {
      worker.onMessage((raw) => {
        const event = raw as MailMergeEvent;
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
          job.pdfFile = outputFile;
          Object.assign(job.status, {
            state: 'done',
            percent: 100,
            letters: event.letters,
            pdfBytes: event.bytes,
          });
          worker.kill();
        } else {
          const error = event.message.startsWith('errors.')
            ? event.message
            : errorResultOf('mail merge worker', new Error(event.message)).message;
          Object.assign(job.status, { state: 'failed', error });
          worker.kill();
        }
      });
      worker.onExit(() => {
        if (job.status.state === 'building' || job.status.state === 'printing') {
          Object.assign(job.status, { state: 'failed', error: 'errors.workerStopped' });
        }
        resolve();
      });
      worker.send({ type: 'task', task } satisfies MailMergeCommand);
    });
  };

  return {
    start: async (incidentId: number, advice: string): Promise<{ jobId: string }> => {
      await ensureCalendars(ctx);
      await loadIncident(ctx, ctx.db, incidentId);
      const scope = await findScope(ctx.db, incidentId);
      if (!scope || scope.subjects === 0) throw new DomainError('CONFLICT', 'errors.breaches.noScope');
      // The worker reads the database file: registered while it runs, so a restore waits for it.
      const ticket = runningJobsOf(ctx).begin('mailMerge');
      const jobId = randomUUID();
      const job: Job = {
        status: {
          jobId,
          incidentId,
          state: 'building',
          letters: 0,
          total: scope.subjects,
          percent: 0,
          pdfBytes: null,
          elapsedMs: 0,
          error: null,
        },
        cancelled: false,
        pdfFile: null,
        worker: null,
        defaultName: '',
        startedAt: Date.now(),
      };
      jobs.set(jobId, job);
      void run(job, incidentId, advice)
        .catch((e: unknown) => {
          // The status crosses IPC: a reason key, never the raw text (the details go to the error log).
          const { message } = errorResultOf('mail merge', e);
          Object.assign(job.status, { state: 'failed', error: message });
        })
        .finally(() => ticket.end());
      return { jobId };
    },

    status: (jobId: string): MailMergeJobStatus => {
      const job = jobs.get(jobId);
      if (!job) throw new DomainError('NOT_FOUND', 'errors.notFound');
      if (job.status.state === 'building' || job.status.state === 'printing')
        job.status.elapsedMs = Date.now() - job.startedAt;
      return { ...job.status };
    },

    cancel: (jobId: string): null => {
      const job = jobs.get(jobId);
      if (job && (job.status.state === 'building' || job.status.state === 'printing')) {
        job.cancelled = true;
        job.status.state = 'cancelled';
        job.worker?.send({ type: 'cancel' } satisfies MailMergeCommand);
        job.worker?.kill();
      }
      return null;
    },

    /** The finished PDF (benchmark, tests). */
    pdfOf: async (jobId: string): Promise<Uint8Array | null> => {
      const file = jobs.get(jobId)?.pdfFile;
      return file ? readFile(file) : null;
    },

    save: async (jobId: string): Promise<SavedFile> => {
      const job = jobs.get(jobId);
      if (!job?.pdfFile) throw new DomainError('CONFLICT', 'errors.breaches.mergeNotDone');
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
