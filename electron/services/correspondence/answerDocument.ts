import {
  answerPdfOptions,
  renderAnswerLetter,
  type AnswerLetterData,
} from '../../../shared/documents/answerLetter';
import { printSettings } from '../../../shared/documents/print';
import type { AppContext } from '../../context';
import { loadDocumentFonts } from '../documentFonts';
import { safeFileName, type RenderedDocument } from '../documents/types';

/** The answer letter as HTML with the print settings and a file name («Исх-3-2026 — Асанов Б.pdf»). */
export const renderAnswerDocument = async (
  ctx: AppContext,
  letter: AnswerLetterData,
): Promise<RenderedDocument> => {
  const fonts = await loadDocumentFonts(ctx.paths.resourcesDir);
  const number = letter.outgoing ? letter.outgoing.number.replace(/\//g, '-') : 'Проект';
  return {
    html: renderAnswerLetter(letter, fonts),
    print: printSettings(answerPdfOptions(letter), fonts),
    defaultName: safeFileName(`Ответ ${number} — ${letter.addresseeName}.pdf`),
  };
};
