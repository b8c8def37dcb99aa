/**
 * The written answer as a Russian business letter (GOST R 7.0.97-2025, corner letterhead):
 * requisites of the organisation top left with the number/date line, the reference to the letter
 * answered («На № … от …»: the sender's own number and date, «б/н» without a number) and the heading;
 * the addressee top right (a person: surname in the dative and initials); then the text, the
 * attachments note, the signature (position — signature — И. О. Фамилия) and the executor in small
 * print. Pages are numbered from the second, centred in the top margin; a draft shows its
 * [placeholders] marked.
 */
import type { AccessReport, AnswerBlocks } from '../domain/correspondenceAnswer';
import type { Organisation } from '../domain/organisation';
import { formatDateRu } from '../format/date';
import { accessReportHtml } from './accessReportHtml';
import { answerLetterCss } from './answerLetterStyles';
import { documentPage, escapeHtml, escapeMultiline } from './html';
import { bindShortWords, letterParagraphs, signatureName } from './letterText';
import { gostPageNumbersCss } from './pageNumbers';
import { markPlaceholders } from './placeholders';
import type { DocumentPdfOptions, PageMarginsMm } from './print';
import { organisationDisplayName, registrationNumberLabel } from './recipientRegister';
import { isSoleTrader } from './recipientRegisterRows';
import type { DocumentFonts } from './types';

export interface AnswerLetterData {
  organisation: Organisation;
  /** Null until registered: the number line is left blank to fill in by hand. */
  outgoing: { number: string; date: string } | null;
  /**
   * «На № … от …»: the number and date of the sender's letter; «б/н» when it has no number, and no
   * date when it has none (never our own incoming number). Frozen letters keep what they printed.
   */
  reference: { number: string; date: string };
  addresseeName: string;
  addresseeAddress: string;
  heading: string;
  blocks: AnswerBlocks;
  accessReport: AccessReport | null;
  signatoryPosition: string;
  signatoryName: string;
  executorName: string;
  executorContact: string;
  /** A draft is marked «Проект» in the corner. */
  draft: boolean;
}

/** GOST R 7.0.97: left 20 mm, right 10 mm, top and bottom 20 mm. */
export const ANSWER_MARGINS_MM: PageMarginsMm = { top: 20, right: 10, bottom: 20, left: 20 };

export const answerPdfOptions = (data: Pick<AnswerLetterData, 'outgoing'>): DocumentPdfOptions => ({
  landscape: false,
  marginsMm: ANSWER_MARGINS_MM,
  footerLabel: data.outgoing
    ? `№ ${data.outgoing.number} от ${formatDateRu(data.outgoing.date)}`
    : 'Проект ответа',
  pageNumbers: 'gost',
});

/** The user's text of one line, typeset, with its [placeholders] marked. */
const line = (text: string): string => markPlaceholders(bindShortWords(escapeHtml(text.trim())));

const referenceHtml = (ref: AnswerLetterData['reference']): string => {
  const date = ref.date ? ` от ${fill(formatDateRu(ref.date), '24mm')}` : '';
  return `<div class="reg-line">На № ${fill(ref.number || 'б/н', '30mm')}${date}</div>`;
};

const fill = (value: string, width: string): string =>
  value
    ? `<span class="fill">${escapeHtml(value)}</span>`
    : `<span class="fill blank" style="width:${width}">&nbsp;</span>`;

const letterheadHtml = (org: Organisation): string => {
  const regLabel = registrationNumberLabel(org.jurisdiction, isSoleTrader(org.legalForm || org.name));
  const address = org.postalAddress.trim() || org.legalAddress.trim();
  const contacts = [
    org.phone.trim() && `тел.: ${escapeHtml(org.phone)}`,
    org.email.trim() && `e-mail: ${escapeHtml(org.email)}`,
  ]
    .filter(Boolean)
    .join(', ');
  return [
    `<div class="org-name">${escapeHtml(organisationDisplayName(org))}</div>`,
    address ? `<div class="org-line">${escapeMultiline(address)}</div>` : '',
    contacts ? `<div class="org-line">${contacts}</div>` : '',
    `<div class="org-line">${regLabel} ${escapeHtml(org.registrationNumber)}</div>`,
  ].join('');
};

const headerHtml = (d: AnswerLetterData): string => {
  const date = d.outgoing ? formatDateRu(d.outgoing.date) : '';
  const number = d.outgoing?.number ?? '';
  return `<table class="letter-head"><tr>
<td class="head-left">
<div class="letterhead">${letterheadHtml(d.organisation)}</div>
<div class="reg-line">${fill(date, '26mm')} № ${fill(number, '30mm')}</div>
${referenceHtml(d.reference)}
<div class="heading">${line(d.heading)}</div>
</td>
<td class="head-gap"></td>
<td class="head-right">
${d.draft ? '<div class="draft-mark">Проект</div>' : ''}
<div class="addressee">${markPlaceholders(escapeMultiline(d.addresseeName))}</div>
${d.addresseeAddress.trim() ? `<div class="addressee-address">${markPlaceholders(escapeMultiline(d.addresseeAddress))}</div>` : ''}
</td>
</tr></table>`;
};

const signatureHtml = (d: AnswerLetterData): string => `<table class="signature"><tr>
<td class="sig-position">${escapeMultiline(d.signatoryPosition) || '&nbsp;'}</td>
<td class="sig-space"></td>
<td class="sig-name">${escapeHtml(signatureName(d.signatoryName)) || '&nbsp;'}</td>
</tr></table>`;

const executorHtml = (d: AnswerLetterData): string => {
  const lines = [
    d.executorName.trim() && `Исп. ${escapeHtml(d.executorName)}`,
    escapeHtml(d.executorContact.trim()),
  ];
  const text = lines.filter(Boolean).join('<br>');
  return text ? `<div class="executor">${text}</div>` : '';
};

/** The letter body in the order of LEGAL.md; empty blocks are left out. */
const bodyHtml = (d: AnswerLetterData): string => {
  const b = d.blocks;
  return [
    b.salutation.trim() ? `<p class="salutation">${line(b.salutation)}</p>` : '',
    letterParagraphs(b.summary),
    letterParagraphs(b.facts),
    letterParagraphs(b.decision),
    d.accessReport ? accessReportHtml(d.accessReport, d.organisation) : '',
    letterParagraphs(b.grounds),
    letterParagraphs(b.actions),
    letterParagraphs(b.remedies),
    b.attachments.trim() ? `<div class="attachments">${letterParagraphs(b.attachments, 'att')}</div>` : '',
  ]
    .filter((part) => part !== '')
    .join('\n');
};

export const renderAnswerLetter = (d: AnswerLetterData, fonts: DocumentFonts): string =>
  documentPage({
    title: d.outgoing ? `Исх. № ${d.outgoing.number} — ${d.heading}` : `Проект ответа — ${d.heading}`,
    fonts,
    body: [
      headerHtml(d),
      `<div class="letter-body">${bodyHtml(d)}</div>`,
      `<div class="closing">${signatureHtml(d)}${executorHtml(d)}</div>`,
    ].join('\n'),
    landscape: false,
    margins: ANSWER_MARGINS_MM,
    css: answerLetterCss + gostPageNumbersCss(fonts.serif),
  });
