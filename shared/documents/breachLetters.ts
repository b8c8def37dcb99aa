import type { BreachIncident } from '../domain/breach';
import type { ScopeSubject } from '../domain/breachScope';
import type { Organisation } from '../domain/organisation';
import { DATA_CATEGORY_RU } from '../breaches/labels';
import { formatDateRu } from '../format/date';
import { BREACH_CSS, letterhead, signature } from './breachDocuments';
import { instantRu } from './breachNotices';
import { ANSWER_MARGINS_MM } from './answerLetter';
import { documentPage, escapeHtml, escapeMultiline } from './html';
import { gostPageNumbersCss } from './pageNumbers';
import { dativeAddressee, salutationFor } from './personName';
import type { DocumentFonts } from './types';

export const DEFAULT_ADVICE =
  'Рекомендуем сменить пароль от личного кабинета, с осторожностью относиться к звонкам, сообщениям и письмам ' +
  'от имени магазина с просьбой сообщить коды, пароли или данные банковских карт, и при необходимости обратиться к нам.';

/** What is the same in every letter (escaped once). */
export interface LetterCommon {
  head: string;
  /** The title, above the salutation. */
  title: string;
  body: string;
}

/** Text the officer typed, as a sentence of the letter: trimmed, ended with a full stop when it has none. */
const sentence = (text: string): string => {
  const t = text.trim();
  return t === '' || /[.!?…]$/u.test(t) ? t : `${t}.`;
};

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
    title: `<h1>Уведомление об инциденте с персональными данными</h1>`,
    body: [
      `<p>${escapeHtml(instantRu(i.detectedAt, i.timeZone))} мы выявили инцидент (${escapeHtml(i.number)}). ${escapeMultiline(sentence(i.description))}</p>`,
      `<p><strong>Какие данные затронуты:</strong> ${escapeHtml(data)}.</p>`,
      `<p><strong>Принятые меры:</strong> ${escapeMultiline(sentence(i.measuresTaken) || '—')}</p>`,
      `<p><strong>Что вы можете сделать:</strong> ${escapeMultiline(sentence(advice) || DEFAULT_ADVICE)}</p>`,
      `<p><strong>Контакты:</strong> ${escapeHtml([...new Set(contact)].join(', '))}</p>`,
      informing
        ? `<p>Уведомление направлено в соответствии с п. ${escapeHtml(informing.ref)} Политики конфиденциальности (ред. от ${escapeHtml(formatDateRu(informing.effectiveDate))}).</p>`
        : '',
      signature(org),
    ].join('\n'),
  };
};

/**
 * One letter: letterhead, the person (surname in the dative and initials, GOST R 7.0.97-2025) and
 * address, the salutation by the gender of the patronymic (neutral without one), the common text.
 */
export const subjectLetter = (c: LetterCommon, s: ScopeSubject): string => {
  const to = [dativeAddressee(s.fullName).text, s.address].filter((v) => v.trim() !== '').map(escapeHtml);
  const addressee = to.length ? `<div class="addressee">${to.join('<br>')}</div>` : '';
  return `<section class="letter">${c.head}${addressee}${c.title}<p class="salutation">${escapeHtml(salutationFor(s.fullName))}</p>${c.body}</section>`;
};

/**
 * The merge as one HTML with a page break after each letter. `numbered`: pages numbered from the
 * second at the top — only for a document of one letter, since the page counter runs over the whole
 * document (the worker prints a letter that runs over one page on its own).
 */
export const mailMergePage = (letters: readonly string[], fonts: DocumentFonts, numbered = false): string =>
  documentPage({
    title: 'Уведомления субъектам',
    fonts,
    body: letters.join('\n'),
    landscape: false,
    margins: ANSWER_MARGINS_MM,
    css: BREACH_CSS + (numbered ? gostPageNumbersCss(fonts.serif) : ''),
  });
