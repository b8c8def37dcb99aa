import type { BreachIncident } from '../domain/breach';
import type { Organisation } from '../domain/organisation';
import { localDateTimeIn } from '../deadlines/timeZone';
import { formatDateRu } from '../format/date';
import { ANSWER_MARGINS_MM } from './answerLetter';
import { documentPage, escapeHtml, escapeMultiline } from './html';
import type { DocumentPdfOptions } from './print';
import type { DocumentFonts } from './types';

/** «02.03.2026 14:15» in the organisation's zone. */
export const instantRu = (iso: string, timeZone: string): string => {
  const { date, time } = localDateTimeIn(iso, timeZone);
  return `${formatDateRu(date)} ${time}`;
};

export type BreachNoticeKind = 'breachNoticeRu24' | 'breachNoticeRu72' | 'breachNoticeKz' | 'breachReport';

export const BREACH_TITLES: Record<BreachNoticeKind, string> = {
  breachNoticeRu24: 'Уведомление о факте неправомерной или случайной передачи персональных данных',
  breachNoticeRu72: 'Уведомление о результатах внутреннего расследования инцидента',
  breachNoticeKz: 'Уведомление о нарушении безопасности персональных данных',
  breachReport: 'Отчёт об инциденте',
};

const ADDRESSEES: Record<BreachNoticeKind, string> = {
  breachNoticeRu24: 'В Роскомнадзор',
  breachNoticeRu72: 'В Роскомнадзор',
  breachNoticeKz: 'В уполномоченный орган в сфере защиты персональных данных',
  breachReport: '',
};

export const BREACH_CSS = `
.letterhead { border-bottom: 0.4pt solid #000; padding-bottom: 2mm; margin-bottom: 6mm; font-size: 10pt; }
.addressee { margin-left: 50%; margin-bottom: 8mm; }
h1 { font-size: 13pt; text-align: center; margin: 0 0 6mm; }
h2 { font-size: 11.5pt; margin: 5mm 0 2mm; }
p { margin: 0 0 2.5mm; text-align: justify; }
table.fields { width: 100%; border-collapse: collapse; font-size: 10.5pt; }
table.fields td { border: 0.4pt solid #000; padding: 1.5mm 2mm; vertical-align: top; }
table.fields td.k { width: 38%; }
.letter { page-break-after: always; break-after: page; }
.letter:last-child { page-break-after: auto; break-after: auto; }
.sign { margin-top: 10mm; }
`;

export const breachPdfOptions = (footerLabel: string): DocumentPdfOptions => ({
  landscape: false,
  marginsMm: ANSWER_MARGINS_MM,
  footerLabel,
});

export const letterhead = (org: Organisation): string =>
  `<div class="letterhead"><strong>${escapeHtml(org.name)}</strong><br>${escapeHtml(
    org.postalAddress || org.legalAddress,
  )}${org.phone ? `, тел. ${escapeHtml(org.phone)}` : ''}${org.email ? `, ${escapeHtml(org.email)}` : ''}</div>`;

const row = (k: string, v: string): string =>
  `<tr><td class="k">${escapeHtml(k)}</td><td>${v ? escapeMultiline(v) : '—'}</td></tr>`;

const contact = (i: BreachIncident): string =>
  [i.contactName, i.contactPosition, i.contactPhone, i.contactEmail].filter((s) => s !== '').join(', ');

const facts = (i: BreachIncident): string[] => [
  row('Номер инцидента', i.number),
  row('Выявлен', `${instantRu(i.detectedAt, i.timeZone)} (${i.timeZone})`),
  row('Описание инцидента', i.description),
  row('Предполагаемые причины', i.presumedCauses),
  row('Предполагаемый вред субъектам', i.likelyConsequences),
  row('Принятые меры', i.measuresTaken),
  row('Примерное число субъектов / записей', `${i.approxSubjects ?? '—'} / ${i.approxRecords ?? '—'}`),
];

const bodyOf = (kind: BreachNoticeKind, i: BreachIncident, subjectsList: string): string[] => {
  if (kind === 'breachNoticeRu24')
    return [...facts(i), row('Лицо, уполномоченное на взаимодействие с Роскомнадзором', contact(i))];
  if (kind === 'breachNoticeRu72')
    return [
      row('Номер инцидента', i.number),
      row('Результаты внутреннего расследования', i.investigationResults),
      row('Лица, действия которых стали причиной инцидента', i.personsResponsible),
      row('Контактное лицо', contact(i)),
    ];
  if (kind === 'breachNoticeKz')
    return [
      ...facts(i),
      row('Ответственное лицо, контакты', contact(i)),
      row('Данные затронутых субъектов для последующего уведомления', subjectsList),
    ];
  return [
    ...facts(i),
    row('Кем выявлен', i.detectedBy),
    row('Осознание нарушения', instantRu(i.becameAwareAt, i.timeZone)),
    row('Статус', i.status),
    row('Системы / получатели', [...i.systems, ...i.recipients.map((r) => r.name)].join(', ')),
    row(
      'Тяжесть (ENISA 2013)',
      i.severity ? [i.severity.result.arithmeticRu, ...i.severity.result.explanationRu].join('\n') : '',
    ),
    row(
      'Решение об уведомлении',
      i.decision ? `${i.decision.notify ? 'уведомлять' : 'не уведомлять'}: ${i.decision.reason}` : '',
    ),
    row(
      'Сроки',
      i.clocks
        .map(
          (c) =>
            `${c.addresseeRu}: до ${instantRu(c.dueAt, i.timeZone)} — ${c.state}; ${c.basis.explanationRu}`,
        )
        .join('\n'),
    ),
    row(
      'Журнал уведомлений',
      i.notifications
        .map(
          (n) =>
            `${instantRu(n.sentAt, i.timeZone)} ${n.addressee} ${n.addresseeName} (${n.channel}) ${n.reference}`,
        )
        .join('\n'),
    ),
    row('Контактное лицо', contact(i)),
  ];
};

/** Notices to regulators and the incident report: A4 portrait, same serif and margins as answers. */
export const renderBreachDocument = (
  kind: BreachNoticeKind,
  i: BreachIncident,
  org: Organisation,
  fonts: DocumentFonts,
  subjectsList = '',
): string => {
  const to = ADDRESSEES[kind] ? `<div class="addressee">${escapeHtml(ADDRESSEES[kind])}</div>` : '';
  const body = [
    letterhead(org),
    to,
    `<h1>${escapeHtml(BREACH_TITLES[kind])}</h1>`,
    `<table class="fields">${bodyOf(kind, i, subjectsList).join('')}</table>`,
    `<div class="sign">${escapeHtml(org.responsiblePosition)} ____________ ${escapeHtml(org.responsibleName)}</div>`,
  ].join('\n');
  return documentPage({
    title: BREACH_TITLES[kind],
    fonts,
    body,
    landscape: false,
    margins: ANSWER_MARGINS_MM,
    css: BREACH_CSS,
  });
};
