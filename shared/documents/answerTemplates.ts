/**
 * Default text of written answers per kind and decision. The user edits every block; text in
 * [square brackets] marks what only the user can write (facts, reasons, dates of performance).
 * Structure (LEGAL.md): summary of the claim → facts → decision → legal grounds → what will be done
 * and by when → further remedies → attachments.
 */
import type { CorrespondenceKind, Currency, RelatedOrder } from '../domain/correspondence';
import type {
  AccessReport,
  AnswerBlocks,
  AnswerDecision,
  AnswerEditData,
} from '../domain/correspondenceAnswer';
import type { Organisation } from '../domain/organisation';
import { DATA_LAW, KIND_PHRASES, SUPERVISOR } from '../correspondence/labels';
import { formatDateRu } from '../format/date';
import { amountInWords } from './amountInWords';
import { organisationDisplayName } from './recipientRegister';
import { decisionText } from './answerDecisions';
import { policyEdition, policyQuoteSentence, type PolicyCitation } from '../policy/citation';
import { dativeAddressee, parsePersonName, salutationFor } from './personName';

export interface AnswerTemplateInput {
  kind: CorrespondenceKind;
  decision: AnswerDecision;
  organisation: Organisation;
  item: {
    number: string;
    receivedDate: string;
    senderRefNumber: string;
    senderRefDate: string;
    senderName: string;
    senderAddress: string;
    demands: string;
    amountMinor: number | null;
    currency: Currency | null;
    orders: readonly RelatedOrder[];
  };
  /** The stored deadline's citation («п. 8.2 Политики», «Федеральный закон … ст. 14 ч. 3 …»). */
  citation: string;
  signatory: { position: string; name: string };
  executor: { name: string; contact: string };
  accessReport: AccessReport | null;
  /** The confirmed policy version in force when the item arrived, with the clause to quote. */
  policy?: PolicyCitation | null;
}

export type AnswerDefaults = Omit<AnswerEditData, 'refreshAccessReport'>;

const sentence = (text: string): string => {
  const t = text.trim();
  return t === '' || /[.!?…»]$/.test(t) ? t : `${t}.`;
};

/**
 * «На № … от …» (GOST R 7.0.97-2025): the number and date of the sender's own letter — «б/н» when it
 * carries no number, no date when it carries none. Never our incoming registration number.
 */
export const senderReference = (
  item: Pick<AnswerTemplateInput['item'], 'senderRefNumber' | 'senderRefDate'>,
): { number: string; date: string } => ({
  number: item.senderRefNumber.trim() || 'б/н',
  date: item.senderRefDate,
});

const ordersPhrase = (orders: readonly RelatedOrder[]): string => {
  if (orders.length === 0) return '';
  const list = orders
    .map((o) => `№ ${o.number}${o.orderedAt ? ` от ${formatDateRu(o.orderedAt.slice(0, 10))}` : ''}`)
    .join(', ');
  return orders.length === 1 ? ` по заказу ${list}` : ` по заказам ${list}`;
};

const headingOf = (input: AnswerTemplateInput): string => {
  const { item, kind, decision } = input;
  // «от 01.11.2026 № 15» with the sender's number; without one, the date of their letter (or receipt).
  const number = item.senderRefNumber.trim();
  const on = `от ${formatDateRu(item.senderRefDate || item.receivedDate)}${number ? ` № ${number}` : ''}`;
  if (decision === 'moreInformation') return `О представлении дополнительных сведений по обращению ${on}`;
  if (kind === 'claim' || kind === 'other' || kind === 'regulatorRequest')
    return `${KIND_PHRASES[kind].topic} ${on}`;
  return KIND_PHRASES[kind].topic;
};

const summaryOf = (input: AnswerTemplateInput): string => {
  const { item, kind, organisation } = input;
  const phrase = KIND_PHRASES[kind];
  const first =
    `${formatDateRu(item.receivedDate)} в ${organisationDisplayName(organisation)} ${phrase.arrived} ` +
    `${phrase.yours} (вх. № ${item.number})${ordersPhrase(item.orders)}.`;
  const label = kind === 'claim' ? 'Существо требований' : 'Содержание обращения';
  const demands = item.demands.trim() === '' ? '' : ` ${label}: ${sentence(item.demands)}`;
  const amount =
    item.amountMinor !== null && item.currency !== null
      ? ` Сумма требования: ${amountInWords(item.amountMinor, item.currency)}.`
      : '';
  return first + demands + amount;
};

const factsOf = (input: AnswerTemplateInput): string => {
  const report = input.accessReport;
  if (input.decision === 'accessAnswer' && report) {
    const period =
      report.firstOrder && report.lastOrder
        ? ` в период с ${formatDateRu(report.firstOrder.slice(0, 10))} по ${formatDateRu(report.lastOrder.slice(0, 10))}`
        : '';
    return report.orderCount > 0
      ? `По данным учёта оператора, с использованием Ваших персональных данных оформлено заказов: ${report.orderCount}${period}.`
      : 'По данным учёта оператора, заказы с использованием Ваших персональных данных не оформлялись.';
  }
  const found = input.item.orders.filter((o) => o.orderId !== null);
  const orders = found.map(
    (o) =>
      `заказ № ${o.number}${o.orderedAt ? ` оформлен ${formatDateRu(o.orderedAt.slice(0, 10))}` : ' найден в учёте'}`,
  );
  const ledger = orders.length ? `Согласно данным учёта, ${orders.join('; ')}. ` : '';
  return `${ledger}[Изложите обстоятельства, установленные при рассмотрении.]`;
};

const groundsOf = (input: AnswerTemplateInput): string => {
  const org = input.organisation;
  const law = DATA_LAW[org.jurisdiction];
  const parts = [input.citation];
  // The rule's citation may already name the law («Закон КР от 14.04.2008 № 58 …, ст. 17»).
  const lawNumber = /№ \S+/.exec(law)?.[0] ?? law;
  if (input.kind !== 'claim' && !input.citation.includes(lawNumber)) parts.push(law);
  if (input.policy) parts.push(policyEdition(input.policy));
  else if (org.policyTitle.trim()) {
    const edition = org.policyVersionDate ? ` (ред. от ${formatDateRu(org.policyVersionDate)})` : '';
    parts.push(`${org.policyTitle.trim()}${edition}`);
  }
  if (input.kind === 'claim' && org.applicableLaw.trim()) parts.push(org.applicableLaw.trim());
  const grounds = `Правовые основания: ${parts.map((p) => p.replace(/[.;]+$/, '')).join('; ')}.`;
  // The confirmed clause itself, quoted: the letter shows the promise it rests on.
  const quote = input.policy ? policyQuoteSentence(input.policy) : '';
  return quote ? `${grounds}\n\n${quote}` : grounds;
};

const remediesOf = (input: AnswerTemplateInput): string => {
  const org = input.organisation;
  if (input.kind === 'claim') {
    const court = org.courtClause.trim() ? ` ${sentence(org.courtClause)}` : '';
    return `В случае несогласия с настоящим ответом Вы вправе обратиться за защитой своих прав в суд.${court}`;
  }
  if (input.kind === 'regulatorRequest') return '';
  return `Вы вправе обжаловать действия или бездействие оператора ${SUPERVISOR[org.jurisdiction]}.`;
};

/** A person gets «Уважаемый …!» by the patronymic (neutral without one); an organisation none. */
const salutationOf = (input: AnswerTemplateInput): string =>
  input.kind !== 'regulatorRequest' && parsePersonName(input.item.senderName)
    ? salutationFor(input.item.senderName)
    : '';

export const templateBlocks = (input: AnswerTemplateInput): AnswerBlocks => {
  const d = decisionText(input);
  return {
    salutation: salutationOf(input),
    summary: summaryOf(input),
    facts: input.decision === 'moreInformation' ? '' : factsOf(input),
    decision: d.decision,
    grounds: groundsOf(input),
    actions: d.actions,
    remedies: input.decision === 'moreInformation' ? '' : remediesOf(input),
    attachments:
      input.kind === 'regulatorRequest' ? 'Приложение: [наименование документа] на [N] л. в 1 экз.' : '',
  };
};

/** Every editable field of a new answer, filled from the item, the organisation and the settings. */
export const answerDefaults = (input: AnswerTemplateInput): AnswerDefaults => ({
  decision: input.decision,
  // A person: surname in the dative and initials («Токтогуловой Ж. М.»); an organisation as written.
  addresseeName: dativeAddressee(input.item.senderName).text,
  addresseeAddress: input.item.senderAddress,
  heading: headingOf(input),
  blocks: templateBlocks(input),
  signatoryPosition: input.signatory.position,
  signatoryName: input.signatory.name,
  executorName: input.executor.name,
  executorContact: input.executor.contact,
});
