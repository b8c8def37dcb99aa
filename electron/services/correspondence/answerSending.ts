import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ReceivedVia } from '../../../shared/domain/correspondence';
import {
  FINAL_DECISIONS,
  type Answer,
  type AnswerDecision,
} from '../../../shared/domain/correspondenceAnswer';
import { canTransition } from '../../../shared/correspondence/statusWorkflow';
import type { CorrespondenceStatus } from '../../../shared/domain/correspondence';
import { formatRegistrationNumber } from '../../../shared/correspondence/numbering';
import { unfinishedFields } from '../../../shared/documents/placeholders';
import { DomainError } from '../../../shared/ipc/result';
import { actorOf, nowIso, type AppContext } from '../../context';
import type { Queryable } from '../../db/connection';
import { setAnswerOutgoing, setAnswerSent } from '../../db/repositories/correspondenceAnswerRepository';
import { setItemStatus } from '../../db/repositories/correspondenceRepository';
import { nextSequence } from '../../db/repositories/correspondenceSettingsRepository';
import { appendAudit } from '../auditTrail';
import { renderAnswerDocument } from './answerDocument';
import { answerLetterData } from './answerLetterData';
import { frozenPdfPath, mustFindAnswerRow, toAnswer } from './answerMapping';
import { loadItem, mustFindItemRow } from './itemMapping';
import { scopeById } from './scope';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * A letter with template placeholders left cannot be numbered, printed as final or sent: the refusal
 * names every field that still holds one (the editor shows them next to the fields).
 */
export const refuseUnfinished = (letter: Parameters<typeof unfinishedFields>[0]): void => {
  const fields = unfinishedFields(letter);
  if (Object.keys(fields).length > 0)
    throw new DomainError('VALIDATION', 'errors.correspondence.unfinished', fields);
};

/** An answer that discloses the requester's personal data. */
const disclosesData = (a: Pick<Answer, 'decision' | 'accessReport'>): boolean =>
  a.decision === 'accessAnswer' || a.accessReport !== null;

/** Writes the PDF under its hash (atomically; the same content is stored once). */
const storeFrozenPdf = async (
  dataDir: string,
  bytes: Uint8Array,
): Promise<{ sha256: string; size: number }> => {
  const hash = sha256(bytes);
  const path = frozenPdfPath(dataDir, hash);
  await mkdir(dirname(path), { recursive: true });
  const existing = await stat(path).catch(() => null);
  if (!existing) {
    await writeFile(`${path}.partial`, bytes);
    await rename(`${path}.partial`, path);
  }
  return { sha256: hash, size: bytes.byteLength };
};

export const answerSendingService = (ctx: AppContext) => {
  const dataDir = ctx.paths.dataDir;
  const load = async (q: Queryable, id: number) => toAnswer(await mustFindAnswerRow(q, id), dataDir);
  const audit = (tx: Queryable, id: number, before: Answer, after: Answer, now: string) =>
    appendAudit(
      tx,
      { entity: 'correspondenceAnswer', entityId: id, action: 'update', before, after },
      actorOf(ctx),
      now,
    );

  /** Assigns the next outgoing number of the organisation's year (inside the transaction). */
  const assignNumber = async (tx: Queryable, id: number, date: string, now: string, field: string) => {
    const row = await mustFindAnswerRow(tx, id);
    const item = await mustFindItemRow(tx, row.item_id);
    const scope = await scopeById(ctx, tx, row.organisation_id);
    const when = date || scope.deadline.today;
    // The outgoing register of a year is used only by a date between the receipt and today.
    if (when > scope.deadline.today)
      throw new DomainError('VALIDATION', 'errors.validation', {
        [field]: ['validation.correspondence.dateInFuture'],
      });
    if (when < item.received_date)
      throw new DomainError('VALIDATION', 'errors.validation', {
        [field]: ['validation.correspondence.answerBeforeReceipt'],
      });
    const year = Number(when.slice(0, 4));
    const seq = await nextSequence(tx, row.organisation_id, 'outgoing', year);
    const number = formatRegistrationNumber(scope.settings.outgoingFormat, {
      seq,
      date: when,
      kindCode: scope.settings.kindCodes[item.kind as keyof typeof scope.settings.kindCodes],
    });
    await setAnswerOutgoing(tx, id, { year, seq, number, date: when }, now);
  };

  const register = async (id: number, date: string, field = 'date'): Promise<Answer> => {
    const now = nowIso(ctx);
    return ctx.db.transaction(async (tx) => {
      const before = await load(tx, id);
      if (before.state === 'sent') throw new DomainError('CONFLICT', 'errors.correspondence.alreadySent');
      refuseUnfinished(before);
      if (before.state === 'registered') return before;
      await assignNumber(tx, id, date, now, field);
      const after = await load(tx, id);
      await audit(tx, id, before, after, now);
      return after;
    });
  };

  return {
    /** Gives the letter its outgoing number and date (to print and sign before sending). */
    register: (id: number, date: string) => register(id, date),

    /**
     * Marks the letter sent: registers it if needed, renders the PDF (outside the write queue),
     * stores it under documents/<sha256>.pdf and freezes the record with the hash, the date and the
     * channel. A final decision moves the item to `answered`.
     */
    markSent: async (id: number, sentDate: string, channel: ReceivedVia): Promise<Answer> => {
      const draft = await load(ctx.db, id);
      if (draft.state === 'sent') throw new DomainError('CONFLICT', 'errors.correspondence.alreadySent');
      refuseUnfinished(draft);
      if (
        disclosesData(draft) &&
        (await mustFindItemRow(ctx.db, draft.itemId)).identity_verification === null
      )
        throw new DomainError('CONFLICT', 'errors.correspondence.identityNotVerified');
      const registered = await register(id, sentDate, 'sentDate');
      const row = await mustFindAnswerRow(ctx.db, id);
      const letter = await answerLetterData(ctx.db, row, dataDir);
      const doc = await renderAnswerDocument(ctx, letter);
      const pdf = await storeFrozenPdf(dataDir, await ctx.printer.toPdf(doc.html, doc.print));
      const now = nowIso(ctx);
      return ctx.db.transaction(async (tx) => {
        const current = await mustFindAnswerRow(tx, id);
        if (current.state !== 'registered' || current.updated_at !== row.updated_at)
          throw new DomainError('CONFLICT', 'errors.conflict');
        const before = toAnswer(current, dataDir);
        await setAnswerSent(tx, id, { sentDate, channel, ...pdf, frozen: JSON.stringify(letter) }, now);
        const after = await load(tx, id);
        await audit(tx, id, before, after, now);
        const item = await mustFindItemRow(tx, registered.itemId);
        const final = FINAL_DECISIONS.includes(after.decision as AnswerDecision);
        if (
          final &&
          item.status !== 'answered' &&
          canTransition(item.status as CorrespondenceStatus, 'answered')
        ) {
          const itemBefore = await loadItem(tx, item.id);
          await setItemStatus(tx, item.id, 'answered', now);
          const itemAfter = await loadItem(tx, item.id);
          await appendAudit(
            tx,
            {
              entity: 'correspondenceItem',
              entityId: item.id,
              action: 'update',
              before: itemBefore,
              after: itemAfter,
            },
            actorOf(ctx),
            now,
          );
        }
        return after;
      });
    },

    /** A sent letter's frozen PDF (a draft is rendered now) to a file the user picks; null if cancelled. */
    savePdf: async (id: number): Promise<{ path: string } | null> => {
      const row = await mustFindAnswerRow(ctx.db, id);
      const letter = await answerLetterData(ctx.db, row, dataDir);
      // A draft may be saved with its placeholders (marked «Проект»); a numbered letter only finished.
      if (row.state === 'registered') refuseUnfinished(letter);
      const doc = await renderAnswerDocument(ctx, letter);
      const path = await ctx.dialogs.saveFile({
        title: 'Сохранить PDF',
        defaultName: doc.defaultName,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (path === null) return null;
      if (row.state === 'sent' && row.pdf_sha256)
        await copyFile(frozenPdfPath(dataDir, row.pdf_sha256), path);
      else await writeFile(path, await ctx.printer.toPdf(doc.html, doc.print));
      return { path };
    },

    /** Opens the frozen PDF of a sent letter in the system viewer (print from there). */
    openPdf: async (id: number): Promise<null> => {
      const row = await mustFindAnswerRow(ctx.db, id);
      if (row.state !== 'sent' || !row.pdf_sha256)
        throw new DomainError('CONFLICT', 'errors.correspondence.notSent');
      await ctx.shell.openPath(frozenPdfPath(dataDir, row.pdf_sha256));
      return null;
    },

    /** Re-hashes the stored PDF: evidence that the sent letter is unchanged. */
    verifyPdf: async (id: number) => {
      const row = await mustFindAnswerRow(ctx.db, id);
      if (row.state !== 'sent' || !row.pdf_sha256)
        throw new DomainError('CONFLICT', 'errors.correspondence.notSent');
      const bytes = await readFile(frozenPdfPath(dataDir, row.pdf_sha256)).catch(() => null);
      const actual = bytes ? sha256(bytes) : null;
      return { ok: actual === row.pdf_sha256, storedSha256: row.pdf_sha256, actualSha256: actual };
    },
  };
};
