import { DATA_CATEGORY_RU } from '../breaches/labels';
import type { Organisation } from '../domain/organisation';
import type { Recipient } from '../domain/recipient';
import { formatDateRu } from '../format/date';
import { countryName } from '../i18n/countries';
import { labelsRu } from '../i18n/labels.ru';
import type { LetterCommon } from './breachLetters';
import { letterhead, signature } from './breachDocuments';
import { escapeHtml } from './html';

/** «в период с 01.01.2026 по 31.03.2026», «начиная с 01.01.2026», «по 31.03.2026», or ''. */
const periodPhrase = (from: string, to: string): string => {
  if (from && to) return ` в период с ${formatDateRu(from)} по ${formatDateRu(to)}`;
  if (from) return ` начиная с ${formatDateRu(from)}`;
  if (to) return ` по ${formatDateRu(to)}`;
  return '';
};

export interface TransferNoticeInput {
  organisation: Organisation;
  recipient: Recipient;
  from: string;
  to: string;
  /** The date the notices are printed (ISO), shown on each. */
  date: string;
  /** The policy clauses that allow the transfer (e.g. «5.2, 5.3») and their version. */
  policy: { ref: string; effectiveDate: string } | null;
}

/**
 * The text shared by every notice of a batch (escaped once): who received the data, for what, which
 * data, on what basis (with the policy clause), the person's rights under KG Law No. 58, and the
 * decree the notice is given under. One letter per person comes from breachLetters.subjectLetter.
 */
export const transferNoticeCommon = (n: TransferNoticeInput): LetterCommon => {
  const org = n.organisation;
  const r = n.recipient;
  const operator = [org.legalForm, org.name].filter(Boolean).join(' ');
  const data = r.dataCategories.map((c) => DATA_CATEGORY_RU[c]).join(', ') || 'персональные данные';
  const where = [r.address, countryName(r.country, 'ru')].filter(Boolean).join(', ');
  const basis = labelsRu.legalBasis[r.legalBasis];
  const policy = n.policy
    ? `; п. ${n.policy.ref} Политики конфиденциальности (ред. от ${formatDateRu(n.policy.effectiveDate)})`
    : '';
  const contacts = [org.phone, org.email, org.postalAddress || org.legalAddress].filter((s) => s !== '');
  return {
    head: letterhead(org),
    title: `<p>${escapeHtml(formatDateRu(n.date))}</p><h1>Уведомление о передаче персональных данных третьему лицу</h1>`,
    body: [
      // Impersonal, so the verb never has to agree with the operator's legal form.
      `<p>Сообщаем, что${escapeHtml(periodPhrase(n.from, n.to))} Ваши персональные данные, обрабатываемые ${escapeHtml(operator)}, были переданы следующему лицу.</p>`,
      `<p><strong>Получатель:</strong> ${escapeHtml(r.legalName)}${where ? `, ${escapeHtml(where)}` : ''}.</p>`,
      `<p><strong>Цель передачи:</strong> ${escapeHtml(r.purposes.replace(/\s*\(п\.[^)]*\)\s*$/, ''))}.</p>`,
      `<p><strong>Переданные данные:</strong> ${escapeHtml(data)}.</p>`,
      `<p><strong>Основание:</strong> ${escapeHtml(basis)}${escapeHtml(policy)}.</p>`,
      '<p><strong>Ваши права:</strong> Вы вправе получить сведения об обработке Ваших персональных данных, ' +
        'требовать их уточнения, блокирования или уничтожения, отозвать согласие на их обработку, а также ' +
        'обжаловать действия оператора в уполномоченный государственный орган по защите персональных данных ' +
        '(Закон Кыргызской Республики от 14 апреля 2008 года № 58 «Об информации персонального характера»).</p>',
      '<p>Уведомление направлено в соответствии с порядком уведомления субъектов персональных данных о передаче ' +
        'их персональных данных третьей стороне, утверждённым постановлением Правительства Кыргызской Республики ' +
        'от 21 ноября 2017 года № 759.</p>',
      contacts.length ? `<p><strong>Контакты:</strong> ${escapeHtml(contacts.join(', '))}</p>` : '',
      signature(org),
    ].join('\n'),
  };
};
