import type { BreachIncident } from '../domain/breach';
import type { ScopeSubject } from '../domain/breachScope';
import type { Organisation } from '../domain/organisation';
import { DATA_CATEGORY_RU } from '../breaches/labels';
import { formatDateRu } from '../format/date';
import { BREACH_CSS, instantRu, letterhead } from './breachDocuments';
import { ANSWER_MARGINS_MM } from './answerLetter';
import { documentPage, escapeHtml, escapeMultiline } from './html';
import type { DocumentFonts } from './types';

export const DEFAULT_ADVICE =
  'Рекомендуем сменить пароль от личного кабинета, с осторожностью относиться к звонкам, сообщениям и письмам ' +
  'от имени магазина с просьбой сообщить коды, пароли или данные банковских карт, и при необходимости обратиться к нам.';

/** What is the same in every letter (escaped once). */
export interface LetterCommon {
  head: string;
  body: string;
}

/**
 * `informing`: the clause of the confirmed policy that promises to inform the person of a loss or
 * disclosure (shared/policy/citation.ts), cited at the end of the letter.
 */
export const letterCommon = (
  i: BreachIncident,
  org: Organisation,
  advice: string,
  informing: { ref: string; effectiveDate: string } | null = null,
): LetterCommon => {
  const data = i.dataCategories.map((c) => DATA_CATEGORY_RU[c]).join(', ') || 'персональные данные';
  const contact = [i.contactName, i.contactPhone, i.contactEmail, org.phone, org.email].filter(
    (s) => s !== '',
  );
  return {
    head: letterhead(org),
    body: [
      `<h1>Уведомление об инциденте с персональными данными</h1>`,
      `<p>${escapeHtml(instantRu(i.detectedAt, i.timeZone))} мы выявили инцидент (${escapeHtml(i.number)}): ${escapeMultiline(i.description)}</p>`,
      `<p><strong>Какие данные затронуты:</strong> ${escapeHtml(data)}.</p>`,
      `<p><strong>Принятые меры:</strong> ${escapeMultiline(i.measuresTaken || '—')}</p>`,
      `<p><strong>Что вы можете сделать:</strong> ${escapeMultiline(advice || DEFAULT_ADVICE)}</p>`,
      `<p><strong>Контакты:</strong> ${escapeHtml([...new Set(contact)].join(', '))}</p>`,
      informing
        ? `<p>Уведомление направлено в соответствии с п. ${escapeHtml(informing.ref)} Политики конфиденциальности (ред. от ${escapeHtml(formatDateRu(informing.effectiveDate))}).</p>`
        : '',
      `<div class="sign">${escapeHtml(org.responsiblePosition)} ____________ ${escapeHtml(org.responsibleName)}</div>`,
    ].join('\n'),
  };
};

/** One letter: letterhead, the person's name and address, the common text. */
export const subjectLetter = (c: LetterCommon, s: ScopeSubject): string =>
  `<section class="letter">${c.head}<div class="addressee">${escapeHtml(s.fullName || 'Уважаемый клиент')}<br>${escapeHtml(
    s.address,
  )}</div><p>Уважаемый(ая) ${escapeHtml(s.fullName || 'клиент')}!</p>${c.body}</section>`;

/** The whole merge as one HTML with a page break after each letter. */
export const mailMergePage = (letters: readonly string[], fonts: DocumentFonts): string =>
  documentPage({
    title: 'Уведомления субъектам',
    fonts,
    body: letters.join('\n'),
    landscape: false,
    margins: ANSWER_MARGINS_MM,
    css: BREACH_CSS,
  });
