/**
 * What each breach notice says. RU (152-FZ art. 21 part 3.1; the fields of Roskomnadzor's notice
 * form): the operator (name, INN, ОГРН, address), the incident and when it was detected, presumed
 * causes and harm, measures, the data categories and the number of subjects, and the person
 * authorised to deal with Roskomnadzor (the incident's contact, else the organisation's responsible
 * person); 72 hours: the investigation results and the persons responsible. KZ (the Minister's
 * protection Rules): the responsible person's contacts, the measures and the subjects' data for their
 * later notice. KG: no duty is set by Law No. 58 — the notice says it is sent voluntarily and names
 * the authorised body's basis.
 */
import { BREACH_STATUS_RU, CLOCK_STATE_RU, DATA_CATEGORY_RU } from '../breaches/labels';
import {
  NOTIFICATION_ADDRESSEE_RU,
  NOTIFICATION_CHANNEL_RU,
  NOTIFICATION_PURPOSE_RU,
} from '../breaches/labels';
import type { BreachIncident } from '../domain/breach';
import type { Organisation } from '../domain/organisation';
import { localDateTimeIn } from '../deadlines/timeZone';
import { formatDateRu } from '../format/date';
import { zoneLabel } from '../format/timeZoneLabel';
import { labelsRu } from '../i18n/labels.ru';
import { escapeHtml, escapeMultiline } from './html';
import { organisationDisplayName, registrationNumberLabel } from './recipientRegister';
import { isSoleTrader } from './recipientRegisterRows';

type Kind = 'breachNoticeRu24' | 'breachNoticeRu72' | 'breachNoticeKz' | 'breachNoticeKg' | 'breachReport';

export interface NoticeExtras {
  /** KZ: the affected subjects (name, IIN, mobile) for their later notice, one per line. */
  subjectsList: string;
}

/** «02.03.2026 14:15 (МСК)». */
export const instantRu = (iso: string, timeZone: string): string => {
  const { date, time } = localDateTimeIn(iso, timeZone);
  return `${formatDateRu(date)} ${time} (${zoneLabel(timeZone, iso)})`;
};

const row = (k: string, v: string): string =>
  `<tr><td class="k">${escapeHtml(k)}</td><td>${v.trim() ? escapeMultiline(v) : '—'}</td></tr>`;
/**
 * A group of rows under its heading. The heading is kept on one page with the first row (a heading is
 * never left alone at the foot of a page); the other rows may move to the next page, so a long
 * description does not push the whole group over and leave half a page blank.
 */
const section = (title: string, ...rows: string[]): string =>
  `</tbody><tbody class="keep"><tr class="group"><td colspan="2">${escapeHtml(title)}</td></tr>${rows[0] ?? ''}</tbody><tbody>${rows.slice(1).join('')}`;

/** The person to deal with the regulator: the incident's contact, else the organisation's responsible person. */
const contactPerson = (i: BreachIncident, org: Organisation) =>
  i.contactName.trim()
    ? { name: i.contactName, position: i.contactPosition, phone: i.contactPhone, email: i.contactEmail }
    : { name: org.responsibleName, position: org.responsiblePosition, phone: org.phone, email: org.email };

/** The contact on one line (the internal report). */
export const contactOf = (i: BreachIncident, org: Organisation): string => {
  const c = contactPerson(i, org);
  return [c.name, c.position, c.phone, c.email].filter((s) => s.trim() !== '').join(', ');
};

/** The contact as the regulator's form asks for it, one field a row: a missing one shows as «—». */
const contactRows = (i: BreachIncident, org: Organisation): string[] => {
  const c = contactPerson(i, org);
  return [
    row('Фамилия, имя, отчество', c.name),
    row('Должность', c.position),
    row('Телефон', c.phone),
    row('Адрес электронной почты', c.email),
  ];
};

const operator = (org: Organisation): string => {
  const regLabel = registrationNumberLabel(org.jurisdiction, isSoleTrader(org.legalForm || org.name));
  return section(
    'Сведения об операторе',
    row('Наименование', organisationDisplayName(org)),
    row(regLabel, org.registrationNumber),
    ...(org.jurisdiction === 'RU' ? [row('ОГРН / ОГРНИП', org.stateRegistrationNumber)] : []),
    row('Адрес места нахождения', org.legalAddress),
    ...(org.postalAddress.trim() && org.postalAddress !== org.legalAddress
      ? [row('Почтовый адрес', org.postalAddress)]
      : []),
  );
};

const categories = (i: BreachIncident): string => i.dataCategories.map((c) => DATA_CATEGORY_RU[c]).join(', ');
const subjects = (i: BreachIncident): string =>
  [
    i.subjectCategories.map((c) => labelsRu.subjectCategory[c]).join(', '),
    i.approxSubjects !== null ? `примерно ${i.approxSubjects}` : '',
  ]
    .filter(Boolean)
    .join('; ');

const incidentRows = (i: BreachIncident): string[] => [
  row('Номер инцидента у оператора', i.number),
  row('Дата и время выявления инцидента', instantRu(i.detectedAt, i.timeZone)),
  row('Описание инцидента', i.description),
  row('Информационные системы', i.systems.join(', ')),
  row('Категории персональных данных', categories(i)),
  row('Категории и примерное число субъектов', subjects(i)),
  row('Примерное число записей', i.approxRecords !== null ? String(i.approxRecords) : ''),
  row('Предполагаемые причины, повлекшие нарушение прав субъектов', i.presumedCauses),
  row('Предполагаемый вред, нанесённый правам субъектов', i.likelyConsequences),
  row('Принятые меры по устранению последствий инцидента', i.measuresTaken),
];
const incident = (i: BreachIncident): string => section('Сведения об инциденте', ...incidentRows(i));

/** The first notice logged to the regulator (its portal reference or number and when it was sent). */
const initialNotice = (i: BreachIncident): string => {
  const n = i.notifications.find((x) => x.addressee === 'regulator' && x.purpose === 'initial');
  return n
    ? [instantRu(n.sentAt, i.timeZone), n.reference && `№ ${n.reference}`].filter(Boolean).join(', ')
    : '';
};

const RKN_CONTACT = 'Лицо, уполномоченное оператором на взаимодействие с Роскомнадзором';

const ru24 = (i: BreachIncident, org: Organisation): string[] => [
  operator(org),
  incident(i),
  section(RKN_CONTACT, ...contactRows(i, org)),
];

const ru72 = (i: BreachIncident, org: Organisation): string[] => [
  operator(org),
  section(
    'Сведения об инциденте',
    row('Номер инцидента у оператора', i.number),
    row('Дата и время выявления инцидента', instantRu(i.detectedAt, i.timeZone)),
    row('Первичное уведомление', initialNotice(i)),
  ),
  section(
    'Результаты внутреннего расследования',
    row('Результаты внутреннего расследования', i.investigationResults),
    row('Лица, действия которых стали причиной инцидента (при наличии)', i.personsResponsible),
  ),
  section(RKN_CONTACT, ...contactRows(i, org)),
];

const kz = (i: BreachIncident, org: Organisation, extras: NoticeExtras): string[] => [
  operator(org),
  incident(i),
  section('Лицо, ответственное за организацию обработки персональных данных', ...contactRows(i, org)),
  section(
    'Сведения для уполномоченного органа',
    row('Меры, предпринятые для устранения нарушения', i.measuresTaken),
    row(
      'Персональные данные субъектов для последующего направления им уведомления (ФИО, ИИН, абонентский номер)',
      extras.subjectsList,
    ),
  ),
];

const kg = (i: BreachIncident, org: Organisation): string[] => [
  operator(org),
  incident(i),
  section('Контактное лицо', ...contactRows(i, org)),
];

const report = (i: BreachIncident, org: Organisation): string[] => [
  section(
    'Сведения об инциденте',
    ...incidentRows(i),
    row('Кем выявлен', i.detectedBy),
    row('Когда стало известно о нарушении', instantRu(i.becameAwareAt, i.timeZone)),
    row('Статус', BREACH_STATUS_RU[i.status]),
    row('Получатели из реестра', i.recipients.map((r) => r.name).join(', ')),
    row(
      'Тяжесть (методика ENISA 2013)',
      i.severity ? [i.severity.result.arithmeticRu, ...i.severity.result.explanationRu].join('\n') : '',
    ),
    row(
      'Решение об уведомлении',
      i.decision ? `${i.decision.notify ? 'уведомлять' : 'не уведомлять'}: ${i.decision.reason}` : '',
    ),
    row(
      'Сроки уведомления',
      i.clocks
        .map(
          (c) =>
            `${c.addresseeRu}: до ${instantRu(c.dueAt, i.timeZone)} — ${CLOCK_STATE_RU[c.state]}; ${c.basis.explanationRu}`,
        )
        .join('\n'),
    ),
    row(
      'Журнал уведомлений',
      i.notifications
        .map((n) =>
          [
            instantRu(n.sentAt, i.timeZone),
            NOTIFICATION_ADDRESSEE_RU[n.addressee],
            n.addresseeName,
            NOTIFICATION_PURPOSE_RU[n.purpose],
            NOTIFICATION_CHANNEL_RU[n.channel],
            n.reference && `№ ${n.reference}`,
          ]
            .filter(Boolean)
            .join(', '),
        )
        .join('\n'),
    ),
    row('Контактное лицо', contactOf(i, org)),
  ),
];

/** Why the notice is sent, with its legal basis (printed above the table). */
const BASIS: Record<Kind, string> = {
  breachNoticeRu24:
    'Направляется в течение 24 часов с момента выявления инцидента в соответствии с пунктом 1 части 3.1 статьи 21 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных».',
  breachNoticeRu72:
    'Направляется в течение 72 часов с момента выявления инцидента в соответствии с пунктом 2 части 3.1 статьи 21 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных».',
  breachNoticeKz:
    'Направляется в течение одного рабочего дня с момента обнаружения нарушения безопасности персональных данных в соответствии с Законом Республики Казахстан от 21.05.2013 № 94-V «О персональных данных и их защите» и Правилами осуществления собственником и (или) оператором, а также третьим лицом мер по защите персональных данных (приказ Министра цифрового развития, инноваций и аэрокосмической промышленности РК от 12.06.2023 № 179/НҚ).',
  breachNoticeKg:
    'Уведомление направляется добровольно: Закон Кыргызской Республики от 14.04.2008 № 58 «Об информации персонального характера» не устанавливает обязанности держателя массива персональных данных уведомлять уполномоченный орган об инцидентах. Уполномоченный государственный орган по персональным данным — Государственное агентство по защите персональных данных при Кабинете Министров Кыргызской Республики (статья 29-1 Закона; Положение утверждено постановлением Кабинета Министров КР от 22.12.2021 № 325).',
  breachReport: '',
};

export const breachNoticeBody = (
  kind: Kind,
  i: BreachIncident,
  org: Organisation,
  extras: NoticeExtras,
): string => {
  const rows =
    kind === 'breachNoticeRu24'
      ? ru24(i, org)
      : kind === 'breachNoticeRu72'
        ? ru72(i, org)
        : kind === 'breachNoticeKz'
          ? kz(i, org, extras)
          : kind === 'breachNoticeKg'
            ? kg(i, org)
            : report(i, org);
  const basis = BASIS[kind] ? `<p class="basis">${escapeHtml(BASIS[kind])}</p>` : '';
  return `${basis}<table class="fields"><tbody>${rows.join('')}</tbody></table>`.replaceAll(
    '<tbody></tbody>',
    '',
  );
};
