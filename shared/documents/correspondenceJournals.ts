/**
 * Журнал регистрации входящей корреспонденции and the register of outgoing letters for a date
 * range: landscape A4 tables, one section per organisation, page numbers in the print footer.
 */
import type { Organisation } from '../domain/organisation';
import { formatDateRu } from '../format/date';
import { correspondenceJournalCss } from './correspondenceJournalStyles';
import { documentPage, escapeHtml, escapeMultiline } from './html';
import { DOCUMENT_MARGINS_MM, type DocumentPdfOptions } from './print';
import { organisationDisplayName } from './recipientRegister';
import type { DocumentFonts } from './types';

export const INCOMING_JOURNAL_TITLE = 'Журнал регистрации входящей корреспонденции';
export const OUTGOING_JOURNAL_TITLE = 'Журнал регистрации исходящей корреспонденции';

export const journalPdfOptions = (title: string): DocumentPdfOptions => ({
  landscape: true,
  marginsMm: DOCUMENT_MARGINS_MM,
  footerLabel: title,
});

export interface JournalColumn<R> {
  header: string;
  className: string;
  /** Trusted HTML of the cell: escape every user value. */
  cell: (row: R) => string;
}

export interface JournalSection<R> {
  organisation: Organisation;
  rows: readonly R[];
}

export interface JournalData<R> {
  title: string;
  from: string;
  to: string;
  /** Local date the journal was printed. */
  printedOn: string;
  columns: readonly JournalColumn<R>[];
  sections: readonly JournalSection<R>[];
}

/** «text» cut to `max` characters at a word boundary, with an ellipsis. */
export const clip = (text: string, max = 280): string => {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).trim()}…`;
};

export const cellText = (value: string): string => (value.trim() === '' ? '—' : escapeMultiline(value));

const sectionHtml = <R>(data: JournalData<R>, section: JournalSection<R>): string => {
  const head = data.columns.map((c) => `<th class="${c.className}">${c.header}</th>`).join('');
  const numbers = data.columns.map((_, i) => `<th class="num">${i + 1}</th>`).join('');
  const body =
    section.rows.length === 0
      ? `<tr><td class="empty" colspan="${data.columns.length}">За период записей нет.</td></tr>`
      : section.rows
          .map(
            (row) =>
              `<tr>${data.columns.map((c) => `<td class="${c.className}">${c.cell(row)}</td>`).join('')}</tr>`,
          )
          .join('\n');
  return `<section class="journal-section">
<div class="org">${escapeHtml(organisationDisplayName(section.organisation))}</div>
<h1>${escapeHtml(data.title)}</h1>
<p class="period">за период с ${formatDateRu(data.from)} по ${formatDateRu(data.to)}</p>
<table class="journal"><thead><tr>${head}</tr><tr>${numbers}</tr></thead>
<tbody>${body}</tbody></table>
<p class="total">Всего записей: ${section.rows.length}. Журнал сформирован ${formatDateRu(data.printedOn)}.</p>
</section>`;
};

export const renderJournal = <R>(data: JournalData<R>, fonts: DocumentFonts): string =>
  documentPage({
    title: data.title,
    fonts,
    body: data.sections.map((s) => sectionHtml(data, s)).join('\n'),
    landscape: true,
    margins: DOCUMENT_MARGINS_MM,
    css: correspondenceJournalCss,
  });
