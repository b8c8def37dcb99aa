import type { Jurisdiction } from '../domain/common';
import type { Organisation } from '../domain/organisation';
import { RecipientType, type Recipient } from '../domain/recipient';
import { formatDateRu } from '../format/date';
import { labelsRu } from '../i18n/labels.ru';
import { documentPage, escapeHtml, escapeMultiline, withSoftHyphens } from './html';
import {
  joinFilled,
  orDash,
  recipientRow,
  isSoleTrader,
  registrationNumberLabel,
  REGISTER_TABLE_COLUMNS,
} from './recipientRegisterRows';
import { DOCUMENT_MARGINS_MM, type DocumentPdfOptions } from './print';
import { recipientRegisterCss } from './recipientRegisterStyles';
import type { DocumentFonts, RecipientRegisterData } from './types';

export { registrationNumberLabel } from './recipientRegisterRows';

export const RECIPIENT_REGISTER_TITLE = 'Реестр получателей персональных данных';

/** The register is a wide table: print it on landscape A4. */
export const recipientRegisterPdfOptions: DocumentPdfOptions = {
  landscape: true,
  marginsMm: DOCUMENT_MARGINS_MM,
  footerLabel: RECIPIENT_REGISTER_TITLE,
};

/** «ТОО «Өрнек»» from legal form "ТОО" and name "Өрнек"; a name that already has quotes is kept. */
export const organisationDisplayName = (org: Pick<Organisation, 'name' | 'legalForm'>): string => {
  const name = org.name.trim();
  const form = org.legalForm.trim();
  if (form === '' || name.toLowerCase().startsWith(form.toLowerCase())) return name;
  // A sole trader's name is a person's name: «ИП Жақсыбеков Н. Ә.», without quotes.
  return /[«"“]/.test(name) || isSoleTrader(form) ? `${form} ${name}` : `${form} «${name}»`;
};

const requisitesHtml = (org: Organisation): string => {
  const policyDate = org.policyVersionDate ? `редакция от ${formatDateRu(org.policyVersionDate)}` : '';
  const policy = joinFilled(
    [org.policyTitle ? `«${escapeHtml(org.policyTitle)}»` : '', policyDate, escapeHtml(org.policyUrl)],
    ', ',
  );
  const responsible = joinFilled(
    [escapeHtml(org.responsibleName), escapeHtml(org.responsiblePosition)],
    ', ',
  );
  const contacts = joinFilled([escapeHtml(org.phone), escapeHtml(org.email)], ', ');
  const rows: [string, string][] = [
    ['Оператор персональных данных', `<b>${escapeHtml(organisationDisplayName(org))}</b>`],
    [
      registrationNumberLabel(org.jurisdiction, isSoleTrader(org.legalForm || org.name)),
      escapeHtml(org.registrationNumber),
    ],
    ['Юрисдикция', labelsRu.jurisdiction[org.jurisdiction]],
    ['Юридический адрес', escapeMultiline(org.legalAddress)],
  ];
  if (org.postalAddress.trim() !== '' && org.postalAddress.trim() !== org.legalAddress.trim()) {
    rows.push(['Почтовый адрес', escapeMultiline(org.postalAddress)]);
  }
  rows.push(
    ['Ответственный за организацию обработки персональных данных', responsible],
    ['Контакты', contacts],
    ['Политика обработки персональных данных', policy],
  );
  const body = rows.map(([label, value]) => `<tr><th>${label}</th><td>${orDash(value)}</td></tr>`).join('\n');
  return `<table class="requisites">\n${body}\n</table>`;
};

/** Collation of names: Kazakh and Kyrgyz alphabets put Ә Ғ Қ Ң Ө Ұ Ү Һ І after their base letters. */
const COLLATION: Record<Jurisdiction, string> = { KZ: 'kk', KG: 'ky', RU: 'ru' };

/** «ТОО «Өрнек»» sorts as «Өрнек»: a short legal form before a quoted name and the quotes are ignored. */
export const registerSortKey = (legalName: string): string =>
  legalName
    .trim()
    .replace(/^[\p{L}.]{1,6}\s+(?=[«"“])/u, '')
    .replace(/[«»"“”„]/g, '')
    .trim();

/** Recipients grouped by type in the order of the type list, by name inside a group. */
export const groupRecipientsByType = (
  recipients: Recipient[],
  jurisdiction: Jurisdiction = 'RU',
): { type: RecipientType; items: Recipient[] }[] => {
  const collator = new Intl.Collator(COLLATION[jurisdiction], { sensitivity: 'base', numeric: true });
  return RecipientType.options
    .map((type) => ({
      type,
      items: recipients
        .filter((r) => r.type === type)
        .sort(
          (a, b) =>
            collator.compare(registerSortKey(a.legalName), registerSortKey(b.legalName)) || a.id - b.id,
        ),
    }))
    .filter((group) => group.items.length > 0);
};

/** Rows of one <tbody>; a `keep` section is never split across pages. */
interface TableSection {
  keep: boolean;
  rows: string[];
}

/**
 * The register table. Each group heading is kept with its first row, and the last row with the
 * signature (a final full-width row), so neither a heading nor the signature stands alone on a
 * page. Chromium honours `break-inside: avoid` on a <tbody>, not `break-before: avoid` after a
 * table that spans pages.
 */
const registerTableHtml = (recipients: Recipient[], org: Organisation, closing: string): string => {
  const columns = REGISTER_TABLE_COLUMNS;
  const head = columns.map((c) => `<th class="${c.className}">${withSoftHyphens(c.header)}</th>`).join('');
  const numbers = columns.map((_, i) => `<th class="num">${i + 1}</th>`).join('');
  let index = 0;
  const sections: TableSection[] = groupRecipientsByType(recipients, org.jurisdiction).flatMap(
    ({ type, items }) => {
      const rows = items.map((r) => recipientRow(r, ++index, org));
      const heading = `<tr class="group"><td colspan="${columns.length}">${labelsRu.recipientType[type]}</td></tr>`;
      return [
        { keep: true, rows: [heading, ...rows.slice(0, 1)] },
        { keep: false, rows: rows.slice(1) },
      ];
    },
  );
  const closingRow = `<tr class="closing"><td colspan="${columns.length}">${closing}</td></tr>`;
  const last = sections.at(-1);
  const lastRow = last && !last.keep ? last.rows.pop() : undefined;
  if (lastRow !== undefined) sections.push({ keep: true, rows: [lastRow, closingRow] });
  else last?.rows.push(closingRow);
  const body = sections
    .filter((section) => section.rows.length > 0)
    .map(({ keep, rows }) => `<tbody${keep ? ' class="keep"' : ''}>\n${rows.join('\n')}\n</tbody>`)
    .join('\n');
  return `<table class="register">\n<thead><tr>${head}</tr><tr>${numbers}</tr></thead>\n${body}\n</table>`;
};

const signatureHtml = (org: Organisation): string => {
  const position = org.responsiblePosition.trim()
    ? escapeHtml(org.responsiblePosition)
    : 'Ответственный за организацию обработки персональных данных';
  const name = org.responsibleName.trim() ? escapeHtml(org.responsibleName) : '&nbsp;';
  return `<div class="signature-block">
<table class="signature"><tr>
<td class="sig-position">${position}</td>
<td class="sig-line"><div class="line">&nbsp;</div><div class="hint">(подпись)</div></td>
<td class="sig-name"><div class="line">${name}</div><div class="hint">(расшифровка подписи)</div></td>
</tr></table>
<p class="sig-date">Дата «____» _______________ 20____ г.</p>
</div>`;
};

/** The printable extract of an organisation's register of personal-data recipients (landscape A4). */
export const renderRecipientRegister = (data: RecipientRegisterData, fonts: DocumentFonts): string => {
  const { organisation: org, date } = data;
  const recipients = data.recipients.filter((r) => r.archivedAt === null);
  const crossBorder = recipients.filter((r) => r.crossBorder).length;
  const asOf = formatDateRu(date);
  const signature = signatureHtml(org);
  const register =
    recipients.length === 0
      ? [
          `<p class="empty">По состоянию на ${asOf} в реестре нет ни одного получателя персональных данных.</p>`,
          signature,
        ]
      : [
          `<p class="summary">Всего получателей: ${recipients.length}, в том числе с трансграничной передачей: ${crossBorder}.</p>`,
          registerTableHtml(recipients, org, signature),
        ];
  const body = [
    requisitesHtml(org),
    `<h1>${RECIPIENT_REGISTER_TITLE}</h1>`,
    `<p class="as-of">по состоянию на ${asOf}</p>`,
    ...register,
  ].join('\n');
  return documentPage({
    title: `${RECIPIENT_REGISTER_TITLE} — ${organisationDisplayName(org)}`,
    fonts,
    body,
    landscape: recipientRegisterPdfOptions.landscape,
    margins: recipientRegisterPdfOptions.marginsMm,
    css: recipientRegisterCss,
  });
};
