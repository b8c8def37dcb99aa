/**
 * Notices to regulators and the incident report: A4 portrait in the answer letter's style, pages
 * numbered from the second at the top. What each notice contains is in breachNotices.ts.
 */
import type { BreachIncident } from '../domain/breach';
import type { Organisation } from '../domain/organisation';
import { ANSWER_MARGINS_MM } from './answerLetter';
import { breachNoticeBody, type NoticeExtras } from './breachNotices';
import { documentPage, escapeHtml, escapeMultiline } from './html';
import { signatureName } from './letterText';
import { gostPageNumbersCss } from './pageNumbers';
import type { DocumentPdfOptions } from './print';
import { organisationDisplayName, registrationNumberLabel } from './recipientRegister';
import { isSoleTrader } from './recipientRegisterRows';
import type { DocumentFonts } from './types';

export { instantRu } from './breachNotices';

export type BreachNoticeKind =
  'breachNoticeRu24' | 'breachNoticeRu72' | 'breachNoticeKz' | 'breachNoticeKg' | 'breachReport';

export const BREACH_TITLES: Record<BreachNoticeKind, string> = {
  breachNoticeRu24:
    'Уведомление о факте неправомерной или случайной передачи (предоставления, распространения, доступа) персональных данных',
  breachNoticeRu72: 'Уведомление о результатах внутреннего расследования инцидента',
  breachNoticeKz: 'Уведомление о нарушении безопасности персональных данных',
  breachNoticeKg: 'Уведомление об инциденте с персональными данными',
  breachReport: 'Отчёт об инциденте',
};

/** Short names for files and footers. */
export const BREACH_FILE_NAMES: Record<BreachNoticeKind, string> = {
  breachNoticeRu24: 'Уведомление Роскомнадзора (24 часа)',
  breachNoticeRu72: 'Уведомление Роскомнадзора (72 часа)',
  breachNoticeKz: 'Уведомление уполномоченного органа РК',
  breachNoticeKg: 'Уведомление уполномоченного органа КР',
  breachReport: 'Отчёт об инциденте',
};

const ADDRESSEES: Record<BreachNoticeKind, string> = {
  breachNoticeRu24:
    'В Федеральную службу по надзору в сфере связи, информационных технологий и массовых коммуникаций (Роскомнадзор)',
  breachNoticeRu72:
    'В Федеральную службу по надзору в сфере связи, информационных технологий и массовых коммуникаций (Роскомнадзор)',
  breachNoticeKz:
    'В уполномоченный орган в сфере защиты персональных данных (Министерство искусственного интеллекта и цифрового развития Республики Казахстан)',
  breachNoticeKg:
    'В Государственное агентство по защите персональных данных при Кабинете Министров Кыргызской Республики',
  breachReport: '',
};

export const BREACH_CSS = `
.letterhead { border-bottom: 0.4pt solid #000; padding-bottom: 2mm; margin-bottom: 6mm; font-size: 10pt; }
.addressee { margin-left: 50%; margin-bottom: 8mm; }
h1 { font-size: 13pt; text-align: center; margin: 0 0 6mm; }
h2 { font-size: 11.5pt; margin: 5mm 0 2mm; }
p { margin: 0 0 2.5mm; text-align: justify; }
p.basis { font-size: 10pt; margin-bottom: 4mm; }
table.fields { width: 100%; border-collapse: collapse; font-size: 10.5pt; }
table.fields td { border: 0.4pt solid #000; padding: 1.5mm 2mm; vertical-align: top; }
table.fields td.k { width: 38%; }
table.fields tr.group td { font-weight: 700; background: #f2f2f2; }
.letter { page-break-after: always; break-after: page; }
.letter:last-child { page-break-after: auto; break-after: auto; }
.sign { margin-top: 10mm; width: 100%; table-layout: fixed; border-collapse: collapse; }
.sign td { vertical-align: bottom; padding: 0; }
.sign-position { width: 45%; }
.sign-space { width: 25%; border-bottom: 0.4pt solid #000; }
.sign-name { width: 30%; text-align: right; white-space: nowrap; }
p.salutation { text-align: center; margin: 0 0 4mm; }
table.fields { table-layout: fixed; }
table.fields tr, table.fields tbody.keep { break-inside: avoid; page-break-inside: avoid; }
.sign { break-before: avoid; page-break-before: avoid; }
`;

export const breachPdfOptions = (footerLabel: string): DocumentPdfOptions => ({
  landscape: false,
  marginsMm: ANSWER_MARGINS_MM,
  footerLabel,
  pageNumbers: 'gost',
});

/** The organisation's name, address, contacts and registration numbers (INN/BIN, ОГРН). */
export const letterhead = (org: Organisation): string => {
  const regLabel = registrationNumberLabel(org.jurisdiction, isSoleTrader(org.legalForm || org.name));
  const numbers = [
    `${regLabel} ${org.registrationNumber}`,
    org.stateRegistrationNumber
      ? `${org.jurisdiction === 'RU' ? 'ОГРН' : 'рег. №'} ${org.stateRegistrationNumber}`
      : '',
  ].filter(Boolean);
  const contacts = [org.postalAddress || org.legalAddress, org.phone && `тел. ${org.phone}`, org.email]
    .filter(Boolean)
    .join(', ');
  return `<div class="letterhead"><strong>${escapeHtml(organisationDisplayName(org))}</strong><br>${escapeHtml(
    [contacts, numbers.join(', ')].filter(Boolean).join('; '),
  )}</div>`;
};

/** Who signs: the organisation's responsible person (position — signature — И. О. Фамилия). */
export const signature = (org: Organisation): string => `<table class="sign"><tr>
<td class="sign-position">${escapeMultiline(org.responsiblePosition) || '&nbsp;'}</td>
<td class="sign-space"></td>
<td class="sign-name">${escapeHtml(signatureName(org.responsibleName)) || '&nbsp;'}</td>
</tr></table>`;

export const renderBreachDocument = (
  kind: BreachNoticeKind,
  i: BreachIncident,
  org: Organisation,
  fonts: DocumentFonts,
  extras: NoticeExtras = { subjectsList: '' },
): string => {
  const to = ADDRESSEES[kind] ? `<div class="addressee">${escapeHtml(ADDRESSEES[kind])}</div>` : '';
  const body = [
    letterhead(org),
    to,
    `<h1>${escapeHtml(BREACH_TITLES[kind])}</h1>`,
    breachNoticeBody(kind, i, org, extras),
    signature(org),
  ].join('\n');
  return documentPage({
    title: `${BREACH_FILE_NAMES[kind]} — ${i.number}`,
    fonts,
    body,
    landscape: false,
    margins: ANSWER_MARGINS_MM,
    css: BREACH_CSS + gostPageNumbersCss(fonts.serif),
  });
};
