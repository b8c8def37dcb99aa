import type { Organisation } from '../domain/organisation';
import type { Recipient } from '../domain/recipient';
import { formatDateRu } from '../format/date';
import { countryName } from '../i18n/countries';
import { labelsRu } from '../i18n/labels.ru';
import { documentNumber, escapeHtml, escapeMultiline, withSoftHyphens } from './html';

/** Table cells of the recipient register: every user value is escaped here. */

export const DASH = '—';
export const orDash = (html: string): string => (html === '' ? DASH : html);
export const joinFilled = (parts: string[], separator: string): string =>
  parts.filter((p) => p !== '').join(separator);

/** An individual entrepreneur: legal form «ИП», or a name that starts with it. */
export const isSoleTrader = (legalFormOrName: string): boolean =>
  /^ИП(\s|«|"|$)/.test(legalFormOrName.trim());

/**
 * ИНН in Kyrgyzstan and Russia; in Kazakhstan БИН for a legal entity and ИИН for an individual
 * entrepreneur; other countries have their own names.
 */
export const registrationNumberLabel = (country: string, soleTrader = false): string => {
  if (country === 'KZ') return soleTrader ? 'ИИН' : 'БИН';
  return country === 'KG' || country === 'RU' ? 'ИНН' : 'Рег. номер';
};

const small = (html: string): string => (html === '' ? '' : `<div class="note">${html}</div>`);

const nameCell = (r: Recipient): string => {
  const status = r.status === 'active' ? '' : `Статус: ${labelsRu.recipientStatus[r.status]}`;
  const contacts = joinFilled([escapeHtml(r.contactPerson), escapeHtml(r.phone), escapeHtml(r.email)], ', ');
  return (
    `<div class="name">${escapeHtml(r.legalName)}</div>` +
    small(escapeMultiline(r.address)) +
    small(contacts) +
    (status ? `<div class="status">${status}</div>` : '')
  );
};

const countryAndNumberCell = (r: Recipient): string => {
  const country = `<div>${withSoftHyphens(escapeHtml(countryName(r.country)))}</div>`;
  if (r.registrationNumber.trim() === '') return country;
  const label = `<span class="label">${registrationNumberLabel(r.country, isSoleTrader(r.legalName))}</span>`;
  return `${country}<div class="reg">${label}<br>${escapeHtml(r.registrationNumber)}</div>`;
};

const purposesCell = (r: Recipient): string => {
  const operations = r.operations.map((op) => labelsRu.operation[op]).join(', ');
  return (
    escapeMultiline(r.purposes) +
    small(operations ? `Действия: ${operations}` : '') +
    small(r.retention.trim() ? `Срок: ${escapeMultiline(r.retention)}` : '')
  );
};

const dataCell = (r: Recipient): string => {
  const subjects = r.subjectCategories.map((s) => labelsRu.subjectCategory[s]).join(', ');
  return (
    orDash(r.dataCategories.map((c) => labelsRu.dataCategory[c]).join('; ')) +
    small(subjects ? `Субъекты: ${subjects}` : '')
  );
};

const contractCell = (r: Recipient): string => {
  const number = r.contractNumber.trim() ? documentNumber(r.contractNumber) : '';
  const date = r.contractDate ? `от&nbsp;${formatDateRu(r.contractDate)}` : '';
  const contract = joinFilled([number, date], ' ');
  const file = r.contractFile ? small('файл приложен') : '';
  if (contract !== '') return contract + file;
  if (r.contractFile) return `Документ без номера${file}`;
  return r.role === 'stateBody' ? 'Не требуется (передача в силу закона)' : '<b>Отсутствует</b>';
};

const crossBorderCell = (r: Recipient, org: Organisation): string => {
  if (!r.crossBorder) return 'Нет';
  const adequacy =
    r.adequacy === 'unknown' ? 'Адекватность защиты не оценена' : labelsRu.adequacy[r.adequacy];
  const lines = [`Да, ${escapeHtml(countryName(r.country))}`, adequacy];
  if (r.infoObtainedDate) lines.push(`Сведения получены ${formatDateRu(r.infoObtainedDate)}`);
  const noticeNumber = r.transferNoticeNumber.trim() ? documentNumber(r.transferNoticeNumber) : '';
  const noticeDate = r.transferNoticeDate ? `от&nbsp;${formatDateRu(r.transferNoticeDate)}` : '';
  if (noticeNumber || noticeDate) lines.push(`Уведомление ${joinFilled([noticeDate, noticeNumber], ' ')}`);
  if (r.transferStatus !== 'notNotified' || org.jurisdiction !== 'KG') {
    lines.push(labelsRu.transferStatus[r.transferStatus]);
  }
  const subjectDate = r.subjectNoticeDate ? formatDateRu(r.subjectNoticeDate) : '';
  const subjectNotice = joinFilled([escapeHtml(r.subjectNoticeMethod.trim()), subjectDate], ', ');
  if (subjectNotice) lines.push(`Субъекты уведомлены: ${subjectNotice}`);
  else if (org.jurisdiction === 'KG') lines.push('Субъекты не уведомлены');
  return lines.map((line, i) => (i === 0 ? `<b>${line}</b>` : small(line))).join('');
};

/** Headers may carry <br> and soft hyphens; they hold no user data. */
export const REGISTER_TABLE_COLUMNS: { header: string; className: string }[] = [
  { header: '№<br>п/п', className: 'c-no' },
  { header: 'Наименование, адрес, контакты', className: 'c-name' },
  { header: 'Страна, рег.&nbsp;номер', className: 'c-reg' },
  { header: 'Роль получателя', className: 'c-role' },
  { header: 'Правовое основание', className: 'c-basis' },
  { header: 'Цели передачи, действия, срок', className: 'c-purposes' },
  { header: 'Категории данных и субъектов', className: 'c-data' },
  { header: 'Договор / поручение', className: 'c-contract' },
  { header: 'Трансграничная передача', className: 'c-cross' },
];

export const recipientRow = (r: Recipient, index: number, org: Organisation): string => {
  const cells = [
    String(index),
    nameCell(r),
    countryAndNumberCell(r),
    withSoftHyphens(labelsRu.recipientRole[r.role]),
    labelsRu.legalBasis[r.legalBasis],
    purposesCell(r),
    dataCell(r),
    contractCell(r),
    crossBorderCell(r, org),
  ];
  return `<tr>${cells.map((html, i) => `<td class="${REGISTER_TABLE_COLUMNS[i]?.className ?? ''}">${html}</td>`).join('')}</tr>`;
};
