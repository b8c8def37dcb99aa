import { randomUUID } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { writeFile } from 'node:fs/promises';
import type { MailMergeJobStatus } from '../../../shared/domain/breachMailMerge';
import type { SavedFile } from '../../../shared/domain/app';
import { letterCommon, mailMergePage, subjectLetter } from '../../../shared/documents/breachLetters';
import { breachPdfOptions } from '../../../shared/documents/breachDocuments';
import { printSettings } from '../../../shared/documents/print';
import { DomainError } from '../../../shared/ipc/result';
import type { AppContext } from '../../context';
import { findScope, scopeSubjectsOfIncident } from '../../db/repositories/breachScopeRepository';
import { loadDocumentFonts } from '../documentFonts';
import { safeFileName } from '../documents/types';
import { ensureCalendars } from '../correspondence/scope';
import { mustFindOrganisation } from '../correspondence/settings';
import { loadIncident } from './mapping';
import { toScopeSubject } from './scope';

/** Letters per printed chunk; progress and Cancel are checked between chunks. */
export const MAIL_MERGE_CHUNK = 500;

interface Job {
  status: MailMergeJobStatus;
  cancelled: boolean;
  pdf: Uint8Array | null;
  defaultName: string;
  startedAt: number;
}

const jobs = new Map<string, Job>();
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Mail merge of notices to the saved scope: one letter (page) per person, printed by ctx.printer in
 * chunks and joined into one PDF; polling shows the progress and Cancel stops between chunks.
 * Jobs live in memory until saved or the app quits.
 */
export const mailMergeService = (ctx: AppContext) => {
  const run = async (job: Job, incidentId: number, advice: string): Promise<void> => {
    const incident = await loadIncident(ctx, ctx.db, incidentId);
    const org = await mustFindOrganisation(ctx.db, incident.organisationId);
    const fonts = await loadDocumentFonts(ctx.paths.resourcesDir);
    const common = letterCommon(incident, org, advice);
    const settings = {
      ...printSettings(breachPdfOptions(''), fonts),
      displayHeaderFooter: false,
      footerTemplate: '',
    };
    // Chromium lays out one huge document in worse than linear time (10,000 pages in one go took
    // minutes): print chunks of letters, two at a time (two cores), and join the PDFs with pdf-lib.
    const merged = await PDFDocument.create();
    const printChunk = async (offset: number): Promise<Uint8Array | null> => {
      const rows = await scopeSubjectsOfIncident(ctx.db, incidentId, offset, MAIL_MERGE_CHUNK);
      if (rows.length === 0 || job.cancelled) return null;
      return ctx.printer.toPdf(
        mailMergePage(
          rows.map((r) => subjectLetter(common, toScopeSubject(r))),
          fonts,
        ),
        settings,
      );
    };
    job.status.state = 'printing';
    for (let offset = 0; offset < job.status.total; offset += 2 * MAIL_MERGE_CHUNK) {
      if (job.cancelled) return;
      const chunks = await Promise.all([printChunk(offset), printChunk(offset + MAIL_MERGE_CHUNK)]);
      for (const chunk of chunks) {
        if (chunk === null) continue;
        const part = await PDFDocument.load(chunk);
        for (const page of await merged.copyPages(part, part.getPageIndices())) merged.addPage(page);
      }
      job.status.letters = Math.min(job.status.total, offset + 2 * MAIL_MERGE_CHUNK);
      job.status.percent = Math.round((job.status.letters / Math.max(1, job.status.total)) * 99);
      await tick();
    }
    if (job.cancelled) return;
    const pdf = await merged.save();
    if (job.cancelled) return;
    job.pdf = pdf;
    job.defaultName = safeFileName(`Уведомления субъектам ${incident.number.replace(/\//g, '-')}.pdf`);
    Object.assign(job.status, { state: 'done', percent: 100, pdfBytes: pdf.byteLength });
  };

  return {
    start: async (incidentId: number, advice: string): Promise<{ jobId: string }> => {
      await ensureCalendars(ctx);
      await loadIncident(ctx, ctx.db, incidentId);
      const scope = await findScope(ctx.db, incidentId);
      if (!scope || scope.subjects === 0) throw new DomainError('CONFLICT', 'errors.breaches.noScope');
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
        pdf: null,
        defaultName: '',
        startedAt: Date.now(),
      };
      jobs.set(jobId, job);
      void run(job, incidentId, advice).catch((e: unknown) => {
        Object.assign(job.status, { state: 'failed', error: e instanceof Error ? e.message : String(e) });
      });
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
        job.pdf = null;
      }
      return null;
    },

    /** The finished PDF (benchmark, tests). */
    pdfOf: (jobId: string): Uint8Array | null => jobs.get(jobId)?.pdf ?? null,

    save: async (jobId: string): Promise<SavedFile> => {
      const job = jobs.get(jobId);
      if (!job?.pdf) throw new DomainError('CONFLICT', 'errors.breaches.mergeNotDone');
      const path = await ctx.dialogs.saveFile({
        title: 'Сохранить PDF',
        defaultName: job.defaultName,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (path === null) return null;
      await writeFile(path, job.pdf);
      return { path };
    },
  };
};
