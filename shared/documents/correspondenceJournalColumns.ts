/** Columns of the incoming and outgoing journals (widths in correspondenceJournalStyles.ts). */
import type { CorrespondenceKind, CorrespondenceStatus, ReceivedVia } from '../domain/correspondence';
import type { AnswerDecision } from '../domain/correspondenceAnswer';
import { correspondenceLabelsRu as L } from '../correspondence/labels';
import { formatDateRu } from '../format/date';
import { cellText, clip, type JournalColumn } from './correspondenceJournals';
import { escapeHtml } from './html';

export interface IncomingJournalRow {
  number: string;
  receivedDate: string;
  receivedVia: ReceivedVia;
  senderName: string;
  senderAddress: string;
  senderRefNumber: string;
  senderRefDate: string;
  kind: CorrespondenceKind;
  demands: string;
  dueDate: string;
  extended: boolean;
  responsible: string;
  status: CorrespondenceStatus;
  /** Sent answers: «Исх-3/2026 от 20.11.2026». */
  answers: readonly { number: string; date: string }[];
}

export interface OutgoingJournalRow {
  number: string;
  date: string;
  addresseeName: string;
  addresseeAddress: string;
  heading: string;
  incomingNumber: string;
  incomingDate: string;
  decision: AnswerDecision;
  version: number;
  sentDate: string | null;
  channel: ReceivedVia | null;
  signatory: string;
  pdfSha256: string | null;
}

const note = (html: string): string => (html ? `<div class="note">${html}</div>` : '');
const on = (number: string, date: string): string =>
  `${escapeHtml(number)}${date ? ` от&nbsp;${formatDateRu(date)}` : ''}`;

export const INCOMING_COLUMNS: readonly JournalColumn<IncomingJournalRow>[] = [
  { header: 'Рег. №', className: 'j-no', cell: (r) => escapeHtml(r.number) },
  {
    header: 'Дата поступ&shy;ления',
    className: 'j-date',
    cell: (r) => formatDateRu(r.receivedDate) + note(L.receivedVia[r.receivedVia]),
  },
  {
    header: 'Корреспондент (отправитель)',
    className: 'j-party',
    cell: (r) => cellText(r.senderName) + note(escapeHtml(r.senderAddress)),
  },
  {
    header: 'Исх. № и дата документа',
    className: 'j-ref',
    cell: (r) => (r.senderRefNumber ? on(r.senderRefNumber, r.senderRefDate) : '—'),
  },
  { header: 'Вид документа', className: 'j-kind', cell: (r) => L.kind[r.kind] },
  { header: 'Краткое содержание', className: 'j-summary', cell: (r) => cellText(clip(r.demands)) },
  {
    header: 'Срок исполнения',
    className: 'j-due',
    cell: (r) => formatDateRu(r.dueDate) + note(r.extended ? 'продлён' : ''),
  },
  { header: 'Испол&shy;нитель', className: 'j-resp', cell: (r) => cellText(r.responsible) },
  {
    header: 'Отметка об исполнении',
    className: 'j-mark',
    cell: (r) =>
      L.status[r.status] + note(r.answers.map((a) => `исх. № ${on(a.number, a.date)}`).join('<br>')),
  },
];

export const OUTGOING_COLUMNS: readonly JournalColumn<OutgoingJournalRow>[] = [
  { header: 'Исх. №', className: 'j-no', cell: (r) => escapeHtml(r.number) },
  { header: 'Дата', className: 'j-date', cell: (r) => formatDateRu(r.date) },
  {
    header: 'Адресат',
    className: 'j-party',
    cell: (r) => cellText(r.addresseeName) + note(escapeHtml(r.addresseeAddress)),
  },
  { header: 'Заголовок (краткое содержание)', className: 'j-heading', cell: (r) => cellText(r.heading) },
  { header: 'На вх. №', className: 'j-ref', cell: (r) => on(r.incomingNumber, r.incomingDate) },
  {
    header: 'Решение',
    className: 'j-decision',
    cell: (r) => L.decision[r.decision] + note(r.version > 1 ? `версия ${r.version}` : ''),
  },
  {
    header: 'Отправлено',
    className: 'j-sent',
    cell: (r) =>
      r.sentDate
        ? formatDateRu(r.sentDate) + note(r.channel ? L.receivedVia[r.channel] : '')
        : 'не отправлено',
  },
  { header: 'Подписал', className: 'j-sign', cell: (r) => cellText(r.signatory) },
  {
    header: 'SHA-256 PDF',
    className: 'j-hash',
    cell: (r) => (r.pdfSha256 ? `<span class="note">${r.pdfSha256.slice(0, 16)}…</span>` : '—'),
  },
];
