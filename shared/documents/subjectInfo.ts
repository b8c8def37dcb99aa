import type { Organisation } from '../domain/organisation';
import type { DataCategory, Recipient } from '../domain/recipient';
import type { SubjectCard } from '../domain/ledger';
import { formatDateRu } from '../format/date';
import { countryName } from '../i18n/countries';
import { labelsRu } from '../i18n/labels.ru';
import { documentPage, escapeHtml, escapeMultiline } from './html';
import { DOCUMENT_MARGINS_MM, type DocumentPdfOptions } from './print';
import { organisationDisplayName } from './recipientRegister';
import { registrationNumberLabel } from './recipientRegisterRows';
import { subjectInfoCss } from './subjectInfoStyles';
import type { DocumentFonts } from './types';

export const SUBJECT_INFO_TITLE = 'Сведения об обработке и передаче персональных данных';

export const subjectInfoPdfOptions: DocumentPdfOptions = {
  landscape: false,
  marginsMm: DOCUMENT_MARGINS_MM,
  footerLabel: SUBJECT_INFO_TITLE,
};

export interface SubjectInfoData {
  organisation: Organisation;
  subject: SubjectCard;
  /** Register entries of the recipients in `subject.recipients` (by id). */
  recipients: Recipient[];
  /** Local date of the document, YYYY-MM-DD. */
  date: string;
}

const ORDER_NUMBERS_SHOWN = 12;
const d = (iso: string | null): string => (iso ? formatDateRu(iso.slice(0, 10)) : '—');

const letterhead = (org: Organisation): string => {
  const contacts = [org.phone, org.email]
    .filter((v) => v.trim() !== '')
    .map(escapeHtml)
    .join(', ');
  return `<div class="letterhead">
<div class="org">${escapeHtml(organisationDisplayName(org))}</div>
<div>${registrationNumberLabel(org.jurisdiction)} ${escapeHtml(org.registrationNumber)}${
    org.legalAddress ? `; ${escapeMultiline(org.legalAddress)}` : ''
  }${contacts ? `; ${contacts}` : ''}</div></div>`;
};

/** Data categories the ledger holds about the person, in plain words. */
const heldData = (s: SubjectCard): string[] => {
  const held: string[] = [];
  if (s.fullName) held.push(`${labelsRu.dataCategory.fullName}: ${escapeHtml(s.fullName)}`);
  if (s.phones.length) held.push(`${labelsRu.dataCategory.phone}: ${s.phones.map(escapeHtml).join(', ')}`);
  if (s.emails.length) held.push(`${labelsRu.dataCategory.email}: ${s.emails.map(escapeHtml).join(', ')}`);
  if (s.address) held.push(`${labelsRu.dataCategory.deliveryAddress}: ${escapeMultiline(s.address)}`);
  if (s.ordersTotal > 0) {
    held.push(
      `${labelsRu.dataCategory.orderHistory}: заказов — ${s.ordersTotal}, с ${d(s.firstOrderAt)} по ${d(s.lastOrderAt)}`,
    );
  }
  return held;
};

const categories = (list: readonly DataCategory[]): string =>
  list.map((c) => labelsRu.dataCategory[c]).join(', ');

const recipientRows = (data: SubjectInfoData): string => {
  const byId = new Map(data.recipients.map((r) => [r.id, r]));
  return data.subject.recipients
    .map((entry, i) => {
      const r = byId.get(entry.recipientId);
      const orders = [...new Set(entry.transfers.map((t) => t.orderExternalId))];
      const shown = orders.slice(0, ORDER_NUMBERS_SHOWN).map(escapeHtml).join(', ');
      const more = orders.length > ORDER_NUMBERS_SHOWN ? ` и ещё ${orders.length - ORDER_NUMBERS_SHOWN}` : '';
      const period =
        entry.firstTransferOn === entry.lastTransferOn
          ? d(entry.firstTransferOn)
          : `с ${d(entry.firstTransferOn)} по ${d(entry.lastTransferOn)}`;
      const who = `<b>${escapeHtml(entry.legalName)}</b><div class="muted">${
        labelsRu.recipientType[entry.type as keyof typeof labelsRu.recipientType] ?? escapeHtml(entry.type)
      }; ${escapeHtml(countryName(entry.country))}${r?.crossBorder ? '; трансграничная передача' : ''}</div>`;
      return `<tr><td class="num">${i + 1}</td><td>${who}</td>
<td>${r ? escapeMultiline(r.purposes) : '—'}<div class="muted">${r ? labelsRu.legalBasis[r.legalBasis] : ''}</div></td>
<td>${r ? categories(r.dataCategories) : '—'}</td>
<td>${period}<div class="muted">заказы: ${shown}${more}</div></td></tr>`;
    })
    .join('\n');
};

/**
 * What an access answer needs about one person: the data held, the purposes and legal bases, and
 * every recipient their data went to, with dates and order numbers — from the subjects ledger and
 * the recipient register (portrait A4).
 */
export const renderSubjectInfo = (data: SubjectInfoData, fonts: DocumentFonts): string => {
  const { organisation: org, subject } = data;
  const held = heldData(subject);
  const crossBorder = data.recipients.filter(
    (r) => r.crossBorder && subject.recipients.some((e) => e.recipientId === r.id),
  );
  const retention = data.recipients.filter((r) => r.retention.trim() !== '');
  const body = [
    letterhead(org),
    `<h1>${SUBJECT_INFO_TITLE}</h1>`,
    `<p class="as-of">по состоянию на ${formatDateRu(data.date)}</p>`,
    `<h2>1. Субъект персональных данных и обрабатываемые сведения</h2>`,
    `<table class="facts">${held.map((h) => `<tr><td colspan="2">${h}</td></tr>`).join('')}</table>`,
    `<h2>2. Получатели, которым передавались персональные данные</h2>`,
    subject.recipients.length === 0
      ? '<p>Сведений о передаче персональных данных субъекта третьим лицам в учёте оператора нет.</p>'
      : `<table class="recipients"><thead><tr><th class="num">№</th><th>Получатель</th><th>Цели передачи и правовое основание</th><th>Передаваемые данные</th><th>Период передачи и заказы</th></tr></thead>
<tbody>${recipientRows(data)}</tbody></table>`,
    crossBorder.length === 0
      ? ''
      : `<h2>3. Трансграничная передача</h2><p>Персональные данные передавались за пределы государства оператора: ${crossBorder
          .map((r) => `${escapeHtml(r.legalName)} (${escapeHtml(countryName(r.country))})`)
          .join('; ')}.</p>`,
    retention.length === 0
      ? ''
      : `<h2>${crossBorder.length === 0 ? 3 : 4}. Сроки хранения у получателей</h2>${retention
          .map((r) => `<p>${escapeHtml(r.legalName)}: ${escapeMultiline(r.retention)}</p>`)
          .join('')}`,
    `<p class="note">Сведения сформированы по данным учёта оператора (выгрузки заказов и реестр получателей персональных данных)${
      org.policyTitle ? ` и в соответствии с документом «${escapeHtml(org.policyTitle)}»` : ''
    }.</p>`,
    `<table class="sign"><tr><td>${escapeHtml(org.responsiblePosition || 'Ответственный за организацию обработки персональных данных')}</td>
<td><div class="line"></div><div class="caption">подпись</div></td><td>${escapeHtml(org.responsibleName)}</td></tr></table>`,
  ].join('\n');
  return documentPage({
    title: `${SUBJECT_INFO_TITLE} — ${subject.fullName}`,
    fonts,
    body,
    landscape: false,
    margins: subjectInfoPdfOptions.marginsMm,
    css: subjectInfoCss,
  });
};
