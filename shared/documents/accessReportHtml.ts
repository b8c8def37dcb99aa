/** The ledger extract of an access answer: the person's data, the purposes and the recipients. */
import type { AccessReport } from '../domain/correspondenceAnswer';
import type { Organisation } from '../domain/organisation';
import { countryName } from '../i18n/countries';
import { labelsRu } from '../i18n/labels.ru';
import { formatDateRu } from '../format/date';
import { escapeHtml, escapeMultiline } from './html';

/** «Доставка заказов» → «доставка заказов» inside a list; «ОсОО …» or «IP-адрес» stay as written. */
const lowerFirst = (text: string): string =>
  /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;

const dataLines = (r: AccessReport): string[] => {
  const lines: string[] = [];
  if (r.name.trim()) lines.push(`фамилия, имя, отчество: ${escapeHtml(r.name)}`);
  if (r.phones.length) lines.push(`номер телефона: ${r.phones.map(escapeHtml).join(', ')}`);
  if (r.emails.length) lines.push(`адрес электронной почты: ${r.emails.map(escapeHtml).join(', ')}`);
  if (r.addresses.length) lines.push(`адрес доставки: ${r.addresses.map(escapeHtml).join('; ')}`);
  if (r.orderCount > 0)
    lines.push(`сведения о заказах (состав, дата, способ доставки и оплаты): заказов — ${r.orderCount}`);
  return lines.map((l, i) => `<p class="data">— ${l}${i === lines.length - 1 ? '.' : ';'}</p>`);
};

const period = (from: string | null, to: string | null): string => {
  if (!from) return '—';
  return from === to || !to ? formatDateRu(from) : `${formatDateRu(from)}&nbsp;— ${formatDateRu(to)}`;
};

const recipientsTable = (r: AccessReport, org: Organisation): string => {
  if (r.recipients.length === 0)
    return '<p class="data">Ваши персональные данные третьим лицам не передавались.</p>';
  const rows = r.recipients.map((x, i) => {
    const country =
      x.country !== org.jurisdiction || x.crossBorder ? `, ${escapeHtml(countryName(x.country))}` : '';
    const address = x.address.trim() ? `<div class="note">${escapeMultiline(x.address)}</div>` : '';
    const role = `<div class="note">${escapeHtml(labelsRu.recipientRole[x.role])}; ${escapeHtml(labelsRu.legalBasis[x.legalBasis].toLowerCase())}</div>`;
    const categories = x.dataCategories.map((c) => labelsRu.dataCategory[c]).join(', ');
    return `<tr><td class="c-no">${i + 1}</td><td class="c-name">${escapeHtml(x.legalName)}${country}${address}</td>
<td class="c-purpose">${escapeMultiline(x.purposes)}${role}</td><td class="c-data">${escapeHtml(categories) || '—'}</td>
<td class="c-when">${period(x.firstTransfer, x.lastTransfer)}<div class="note">передач: ${x.transfers}</div></td></tr>`;
  });
  return `<table><thead><tr><th class="c-no">№</th><th class="c-name">Получатель</th><th class="c-purpose">Цель передачи, основание</th>
<th class="c-data">Переданные данные</th><th class="c-when">Когда передавались</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
};

export const accessReportHtml = (r: AccessReport, org: Organisation): string => {
  const purposes = [
    'исполнение договора купли-продажи (оформление, оплата и доставка заказов)',
    ...r.purposes,
  ]
    .map((p) => escapeHtml(lowerFirst(p.trim().replace(/[.;]+$/, ''))))
    .filter((p, i, all) => p !== '' && all.findIndex((q) => q.toLowerCase() === p.toLowerCase()) === i);
  return `<div class="access">
<h2>1. Обрабатываемые персональные данные:</h2>
${dataLines(r).join('\n') || '<p class="data">— [перечислите данные].</p>'}
<h2>2. Цели обработки: ${purposes.join('; ')}.</h2>
<h2>3. Лица, которым передавались Ваши персональные данные:</h2>
${recipientsTable(r, org)}
</div>`;
};
