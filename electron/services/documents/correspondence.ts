import { INCOMING_COLUMNS, OUTGOING_COLUMNS } from '../../../shared/documents/correspondenceJournalColumns';
import {
  INCOMING_JOURNAL_TITLE,
  OUTGOING_JOURNAL_TITLE,
  journalPdfOptions,
  renderJournal,
} from '../../../shared/documents/correspondenceJournals';
import { printSettings } from '../../../shared/documents/print';
import { localIsoDate } from '../../../shared/format/date';
import { DomainError } from '../../../shared/ipc/result';
import { loadDocumentFonts } from '../documentFonts';
import { renderAnswerDocument } from '../correspondence/answerDocument';
import { answerLetterData } from '../correspondence/answerLetterData';
import { mustFindAnswerRow } from '../correspondence/answerMapping';
import { refuseUnfinished } from '../correspondence/answerSending';
import { incomingJournalSections, outgoingJournalSections } from '../correspondence/journals';
import { safeFileName, type DocumentRenderers } from './types';

const checkRange = (from: string, to: string) => {
  if (to < from) throw new DomainError('VALIDATION', 'errors.validation', { to: ['validation.date'] });
};

export const correspondenceDocuments: DocumentRenderers<
  'correspondenceAnswer' | 'incomingJournal' | 'outgoingJournal'
> = {
  correspondenceAnswer: async (ctx, request) => {
    const row = await mustFindAnswerRow(ctx.db, request.answerId);
    const letter = await answerLetterData(ctx.db, row, ctx.paths.dataDir);
    const doc = await renderAnswerDocument(ctx, letter);
    // The preview shows placeholders highlighted; printing a numbered letter needs it finished.
    return row.state === 'registered' ? { ...doc, beforePrint: () => refuseUnfinished(letter) } : doc;
  },

  incomingJournal: async (ctx, { organisationId, from, to }) => {
    checkRange(from, to);
    const fonts = await loadDocumentFonts(ctx.paths.resourcesDir);
    const sections = await incomingJournalSections(ctx.db, organisationId, from, to);
    const data = {
      title: INCOMING_JOURNAL_TITLE,
      from,
      to,
      printedOn: localIsoDate(ctx.clock.now()),
      columns: INCOMING_COLUMNS,
      sections,
    };
    return {
      html: renderJournal(data, fonts),
      print: printSettings(journalPdfOptions(INCOMING_JOURNAL_TITLE), fonts),
      defaultName: safeFileName(`${INCOMING_JOURNAL_TITLE} ${from} — ${to}.pdf`),
    };
  },

  outgoingJournal: async (ctx, { organisationId, from, to }) => {
    checkRange(from, to);
    const fonts = await loadDocumentFonts(ctx.paths.resourcesDir);
    const sections = await outgoingJournalSections(ctx.db, organisationId, from, to);
    const data = {
      title: OUTGOING_JOURNAL_TITLE,
      from,
      to,
      printedOn: localIsoDate(ctx.clock.now()),
      columns: OUTGOING_COLUMNS,
      sections,
    };
    return {
      html: renderJournal(data, fonts),
      print: printSettings(journalPdfOptions(OUTGOING_JOURNAL_TITLE), fonts),
      defaultName: safeFileName(`${OUTGOING_JOURNAL_TITLE} ${from} — ${to}.pdf`),
    };
  },
};
