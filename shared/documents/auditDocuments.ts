import { actionLabelKey, entityLabelKey, fieldLabelIn, HIDDEN_FIELDS, lookUp } from '../audit/auditLabels';
import { changedKeys, type AuditEntry } from '../domain/audit';
import type { AuditSeal } from '../domain/auditIntegrity';
import { formatInstantRu } from '../format/date';
import { uiRu } from '../i18n/ui/ru';
import { documentPage, escapeHtml } from './html';
import { DOCUMENT_MARGINS_MM, type DocumentPdfOptions } from './print';
import type { DocumentFonts } from './types';

export const AUDIT_SEAL_TITLE = 'Печать журнала изменений';
export const AUDIT_LOG_TITLE = 'Журнал изменений';

export const auditSealPdfOptions: DocumentPdfOptions = {
  landscape: false,
  marginsMm: DOCUMENT_MARGINS_MM,
  footerLabel: AUDIT_SEAL_TITLE,
};
export const auditLogPdfOptions: DocumentPdfOptions = {
  landscape: true,
  marginsMm: DOCUMENT_MARGINS_MM,
  footerLabel: AUDIT_LOG_TITLE,
};

const ru = (key: string): string => lookUp(uiRu, key) ?? '';

/** 64 hex digits in groups of 8, so a person can read them out and compare them line by line. */
export const groupedHash = (hash: string): string => (hash.match(/.{1,8}/g) ?? []).join(' ');

const AUDIT_CSS = `
.seal td, .seal th { border: 0.5pt solid #000; padding: 4pt 6pt; }
.seal th { width: 38%; font-weight: 400; }
.hash { font-family: monospace; font-size: 11pt; letter-spacing: 0.5pt; }
.signature { margin-top: 24pt; }
.signature td { padding: 14pt 6pt 2pt; border-bottom: 0.5pt solid #000; }
.log th, .log td { border: 0.5pt solid #000; padding: 2pt 3pt; font-size: 8.5pt; }
.log thead th { background: #eee; }
.changes { margin: 0; padding-left: 10pt; }
.lead { margin: 6pt 0 10pt; }
`;

export interface AuditSealDocument {
  seal: AuditSeal;
  organisationName: string;
  printedAt: string;
}

/** The seal the officer signs and files away: count, last entry, its hash, who issued it. */
export const renderAuditSeal = (d: AuditSealDocument, fonts: DocumentFonts): string => {
  const row = (label: string, value: string) => `<tr><th>${escapeHtml(label)}</th><td>${value}</td></tr>`;
  const body = [
    `<h1>${escapeHtml(AUDIT_SEAL_TITLE)}</h1>`,
    `<p class="lead">${escapeHtml(d.organisationName)}</p>`,
    `<p>Печать фиксирует состояние журнала изменений Compliance Desk. Сверка журнала с этой печатью обнаруживает удаление записей и переписывание журнала (изменение записи с пересчётом хешей).</p>`,
    '<table class="seal">',
    row('Записей в журнале', escapeHtml(String(d.seal.count))),
    row(
      'Последняя запись',
      `№ ${escapeHtml(String(d.seal.lastId))} от ${escapeHtml(formatInstantRu(d.seal.at))}`,
    ),
    row('SHA-256 последней записи', `<span class="hash">${escapeHtml(groupedHash(d.seal.hash))}</span>`),
    row('Печать выдана', escapeHtml(formatInstantRu(d.seal.sealedAt))),
    row('Ответственное лицо', escapeHtml(d.seal.sealedBy || '—')),
    row('Учётная запись компьютера', escapeHtml(d.seal.osUser)),
    '</table>',
    '<table class="signature"><tr><td>Подпись</td><td>Расшифровка подписи</td><td>Дата</td></tr></table>',
    `<p class="lead">Распечатано ${escapeHtml(formatInstantRu(d.printedAt))}. Храните печать отдельно от компьютера с программой.</p>`,
  ].join('\n');
  return documentPage({
    title: AUDIT_SEAL_TITLE,
    fonts,
    body,
    landscape: false,
    margins: DOCUMENT_MARGINS_MM,
    css: AUDIT_CSS,
  });
};

const valueText = (value: unknown): string =>
  value === null || value === undefined || value === ''
    ? '—'
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);

const changesHtml = (entry: AuditEntry): string => {
  const fields = changedKeys(entry.before, entry.after).filter((f) => !HIDDEN_FIELDS.has(f));
  if (fields.length === 0) return '—';
  return `<ul class="changes">${fields
    .map(
      (f) =>
        `<li>${escapeHtml(fieldLabelIn(uiRu, entry.entity, f))}: ${escapeHtml(valueText(entry.before?.[f]))} → ${escapeHtml(valueText(entry.after?.[f]))}</li>`,
    )
    .join('')}</ul>`;
};

export interface AuditLogDocument {
  entries: readonly AuditEntry[];
  total: number;
  filterText: string;
  printedAt: string;
}

/** The filtered trail as a printed table (newest first), with field-level before → after. */
export const renderAuditLog = (d: AuditLogDocument, fonts: DocumentFonts): string => {
  const rows = d.entries.map(
    (e) =>
      `<tr><td>${e.id}</td><td>${escapeHtml(formatInstantRu(e.at))}</td><td>${escapeHtml(ru(actionLabelKey(e.action)))}</td>` +
      `<td>${escapeHtml(ru(entityLabelKey(e.entity)))} № ${e.entityId}</td>` +
      `<td>${escapeHtml(e.actorPerson || '—')}<br>${escapeHtml(e.actorOs)}</td><td>${changesHtml(e)}</td></tr>`,
  );
  const cut =
    d.total > d.entries.length
      ? `<p>Показаны ${d.entries.length} последних записей из ${d.total}: для полного журнала используйте экспорт в CSV.</p>`
      : '';
  const body = [
    `<h1>${escapeHtml(AUDIT_LOG_TITLE)}</h1>`,
    `<p class="lead">${escapeHtml(d.filterText)} Распечатано ${escapeHtml(formatInstantRu(d.printedAt))}. Записей: ${d.total}.</p>`,
    cut,
    '<table class="log"><thead><tr><th>№</th><th>Время</th><th>Действие</th><th>Запись</th><th>Кто</th><th>Изменения (было → стало)</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody></table>`,
  ].join('\n');
  return documentPage({
    title: AUDIT_LOG_TITLE,
    fonts,
    body,
    landscape: true,
    margins: DOCUMENT_MARGINS_MM,
    css: AUDIT_CSS,
  });
};
