import { createHash } from 'node:crypto';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { SavedFile } from '../../../shared/domain/app';
import type {
  TransferNoticeBatch,
  TransferNoticeCriteria,
  TransferNoticeJobStatus,
} from '../../../shared/domain/transferNotice';
import { transferNoticeCommon } from '../../../shared/documents/transferNoticeLetters';
import { localIsoDate } from '../../../shared/format/date';
import { DomainError } from '../../../shared/ipc/result';
import { actorOf, nowIso, type AppContext } from '../../context';
import type { Queryable } from '../../db/connection';
import { countScope } from '../../db/repositories/breachScopeRepository';
import { findOrganisation } from '../../db/repositories/organisationRepository';
import { findRecipient } from '../../db/repositories/recipientRepository';
import {
  findNoticeBatch,
  insertNoticeBatch,
  noticeBatchDiffersFromLedger,
  listNoticeBatches,
  markNoticeBatchSent,
  setNoticeBatchPdf,
  setRecipientSubjectNotice,
  type TransferNoticeBatchRow,
} from '../../db/repositories/transferNoticeRepository';
import { appendAudit } from '../auditTrail';
import { safeFileName } from '../documents/types';
import { mailMergeJobs } from '../mailMerge/mailMergeJobs';
import { policyVersionOn } from '../policy/policyInForce';
import { mustFindVersionRow, toVersion } from '../policy/policyMapping';
import { toRecipient } from '../recipientMapping';

export const toBatch = (r: TransferNoticeBatchRow, outdated = false): TransferNoticeBatch => ({
  id: r.id,
  organisationId: r.organisation_id,
  recipientId: r.recipient_id,
  recipientName: r.recipient_name,
  from: r.from_date,
  to: r.to_date,
  subjects: r.subjects,
  status: r.status,
  pdfSha256: r.pdf_sha256,
  pdfSize: r.pdf_size,
  policyVersionId: r.policy_version_id,
  sentDate: r.sent_date,
  sentMethod: r.sent_method,
  createdAt: r.created_at,
  sentAt: r.sent_at,
  outdated,
});

/** The clauses of the policy version that allow handing data to this kind of recipient. */
const allowingClauses = (
  facts: { type: string; value: string; ref: string; accepted: boolean }[],
  type: string,
) =>
  [
    ...new Set(
      facts.filter((f) => f.type === 'recipientKind' && f.accepted && f.value === type).map((f) => f.ref),
    ),
  ].join(', ');

/**
 * KG transfer notices (Decree No. 759): the persons whose data went to a recipient in a period are
 * fixed in a batch (from the ledger), their notices printed in one PDF by the shared mail merge
 * (worker process, progress, Cancel), the PDF kept with the batch, and the batch recorded as sent —
 * which also records the notice on the recipient. Every step is audited.
 */
export const transferNoticeService = (ctx: AppContext) => {
  const jobs = mailMergeJobs(ctx);
  const mustFindBatch = async (q: Queryable, id: number) => {
    const row = await findNoticeBatch(q, id);
    if (!row) throw new DomainError('NOT_FOUND', 'errors.notFound');
    return toBatch(row);
  };
  const checked = async (q: Queryable, c: Pick<TransferNoticeCriteria, 'organisationId' | 'recipientId'>) => {
    const org = await findOrganisation(q, c.organisationId);
    if (!org) throw new DomainError('NOT_FOUND', 'errors.notFound');
    if (org.jurisdiction !== 'KG') throw new DomainError('CONFLICT', 'errors.transferNotices.kgOnly');
    const recipient = await findRecipient(q, c.recipientId);
    if (!recipient || recipient.organisation_id !== org.id) {
      throw new DomainError('VALIDATION', 'errors.validation', { recipientId: ['errors.notFound'] });
    }
    return { org, recipient };
  };
  const audit = (
    tx: Queryable,
    before: TransferNoticeBatch | null,
    after: TransferNoticeBatch,
    now: string,
  ) =>
    appendAudit(
      tx,
      {
        entity: 'transferNoticeBatch',
        entityId: after.id,
        action: before ? 'update' : 'create',
        before,
        after,
      },
      actorOf(ctx),
      now,
    );

  /** Keeps the printed PDF under documents/<sha256>.pdf and on the batch (while it is not sent). */
  const keepPdf = async (batchId: number, pdf: Uint8Array) => {
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    const path = join(ctx.paths.dataDir, 'documents', `${sha256}.pdf`);
    await mkdir(dirname(path), { recursive: true });
    if (!(await stat(path).catch(() => null))) {
      await writeFile(`${path}.partial`, pdf);
      await rename(`${path}.partial`, path);
    }
    const now = nowIso(ctx);
    await ctx.db.transaction(async (tx) => {
      const before = await mustFindBatch(tx, batchId);
      if (before.status !== 'prepared') return;
      await setNoticeBatchPdf(tx, batchId, { sha256, size: pdf.byteLength });
      await audit(tx, before, await mustFindBatch(tx, batchId), now);
    });
  };

  return {
    count: async (c: TransferNoticeCriteria) => {
      await checked(ctx.db, c);
      return countScope(ctx.db, { ...c, importId: null });
    },

    /** Fixes the persons of the period in a batch (nothing to notify: refused, nothing saved). */
    create: async (c: TransferNoticeCriteria): Promise<TransferNoticeBatch> => {
      const now = nowIso(ctx);
      return ctx.db.transaction(async (tx) => {
        const { org } = await checked(tx, c);
        if (org.archivedAt) throw new DomainError('CONFLICT', 'errors.archived');
        const policy = await policyVersionOn(tx, org.id, localIsoDate(ctx.clock.now()));
        const { id, subjects } = await insertNoticeBatch(
          tx,
          { ...c, policyVersionId: policy?.id ?? null },
          now,
        );
        if (subjects === 0) throw new DomainError('CONFLICT', 'errors.transferNotices.noSubjects');
        const after = await mustFindBatch(tx, id);
        await audit(tx, null, after, now);
        return after;
      });
    },

    list: async (recipientId: number) =>
      Promise.all(
        (await listNoticeBatches(ctx.db, recipientId)).map(async (row) =>
          toBatch(row, row.status === 'prepared' && (await noticeBatchDiffersFromLedger(ctx.db, row))),
        ),
      ),

    print: async (batchId: number): Promise<{ jobId: string }> => {
      const row = await findNoticeBatch(ctx.db, batchId);
      if (!row) throw new DomainError('NOT_FOUND', 'errors.notFound');
      const batch = toBatch(row);
      if (batch.status === 'sent') throw new DomainError('CONFLICT', 'errors.transferNotices.alreadySent');
      if (await noticeBatchDiffersFromLedger(ctx.db, row))
        throw new DomainError('CONFLICT', 'errors.transferNotices.outdated');
      const { org, recipient } = await checked(ctx.db, batch);
      // The version in force when the batch was made: its clauses allowing this kind of recipient.
      const version = batch.policyVersionId
        ? toVersion(await mustFindVersionRow(ctx.db, batch.policyVersionId), null)
        : null;
      const policy = version
        ? { ref: allowingClauses(version.facts, recipient.type), effectiveDate: version.effectiveDate }
        : null;
      return jobs.start({
        source: { kind: 'transferNotice', batchId },
        total: batch.subjects,
        common: transferNoticeCommon({
          organisation: org,
          recipient: toRecipient(recipient, localIsoDate(ctx.clock.now())),
          from: batch.from,
          to: batch.to,
          date: localIsoDate(ctx.clock.now()),
          policy: policy?.ref ? policy : null,
        }),
        defaultName: safeFileName(
          `Уведомления о передаче ${recipient.legal_name} ${batch.from}–${batch.to}.pdf`,
        ),
        onDone: (pdf) => keepPdf(batchId, pdf),
      });
    },

    job: (jobId: string): TransferNoticeJobStatus => {
      const status = jobs.status(jobId);
      if (status.source.kind !== 'transferNotice') throw new DomainError('NOT_FOUND', 'errors.notFound');
      const { source, ...rest } = status;
      return { ...rest, batchId: source.batchId };
    },

    cancel: (jobId: string): null => jobs.cancel(jobId),

    savePdf: (jobId: string): Promise<SavedFile> => jobs.save(jobId, 'errors.transferNotices.notPrinted'),

    /** Records the printed notices as sent (the batch is frozen) and the notice on the recipient. */
    markSent: async (batchId: number, sentDate: string, method: string): Promise<TransferNoticeBatch> => {
      const now = nowIso(ctx);
      return ctx.db.transaction(async (tx) => {
        const before = await mustFindBatch(tx, batchId);
        if (before.status === 'sent') throw new DomainError('CONFLICT', 'errors.transferNotices.alreadySent');
        if (!before.pdfSha256) throw new DomainError('CONFLICT', 'errors.transferNotices.notPrinted');
        await markNoticeBatchSent(tx, batchId, { date: sentDate, method }, now);
        const after = await mustFindBatch(tx, batchId);
        await audit(tx, before, after, now);
        const row = await findRecipient(tx, before.recipientId);
        if (row && (row.subject_notice_date ?? '') <= sentDate) {
          const today = localIsoDate(ctx.clock.now());
          const recipientBefore = toRecipient(row, today);
          await setRecipientSubjectNotice(
            tx,
            row.id,
            { date: sentDate, method: `${method} (пакет уведомлений № ${batchId})` },
            now,
          );
          const updated = await findRecipient(tx, row.id);
          if (updated) {
            await appendAudit(
              tx,
              {
                entity: 'recipient',
                entityId: row.id,
                action: 'update',
                before: recipientBefore,
                after: toRecipient(updated, today),
              },
              actorOf(ctx),
              now,
            );
          }
        }
        return after;
      });
    },
  };
};
