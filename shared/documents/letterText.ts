/** Plain text typed by the user -> the paragraphs of a printed letter. */
import { escapeHtml } from './html';
import { parsePersonName } from './personName';
import { markPlaceholders } from './placeholders';

/** Narrow no-break space: justified text does not stretch it (a plain one turns «№ 5» into «№   5»). */
const NNBSP = '\u202F';

/**
 * Russian typesetting: «№» is joined to its number; abbreviations («г.», «ул.», «ст.»), initials and
 * one- or two-letter prepositions and conjunctions («в», «на», «от», «и») are not left at a line end;
 * a dash is not carried to the next line.
 */
export const bindShortWords = (html: string): string =>
  html
    .replace(/№[ \t]+(?=\S)/g, `№${NNBSP}`)
    .replace(/(^|[\s(,«])([а-яёА-ЯЁ]{1,4}\.)[ \t]+(?=\S)/g, '$1$2&nbsp;')
    .replace(/([А-ЯЁA-Z]\.)[ \t]+(?=[А-ЯЁA-Z][.а-яё])/g, '$1&nbsp;')
    .replace(
      /(^|[\s(«])([вкосиуВКОСИУ]|на|от|по|до|за|из|об|не|На|От|По|До|За|Из|Об|Не)[ \t]+(?=\S)/g,
      '$1$2&nbsp;',
    )
    .replace(/[ \t]+—/g, '&nbsp;—');

const LIST_ITEM = /^\s*[—–-]\s+/;

/**
 * Paragraphs split on blank lines; inside a paragraph a line break is kept. Lines starting with a dash
 * become list items («— копию чека»), set with a hanging indent instead of the first-line indent.
 */
export const letterParagraphs = (text: string, className = 'text'): string =>
  text
    .trim()
    .split(/\r?\n\s*\r?\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .flatMap((block) => {
      const lines = block.split(/\r?\n/);
      if (lines.every((l) => LIST_ITEM.test(l))) {
        return lines.map(
          (l) => `<p class="${className} item">${markPlaceholders(bindShortWords(escapeHtml(l.trim())))}</p>`,
        );
      }
      return [
        `<p class="${className}">${lines.map((l) => markPlaceholders(bindShortWords(escapeHtml(l.trim())))).join('<br>')}</p>`,
      ];
    })
    .join('\n');

/**
 * «А. Б. Асанова» from «Асанова Айгуль Бакытовна», «Асанова Айгуль Бакыт кызы» or «Асанова А. Б.»:
 * GOST signs with initials before the surname. Anything else (one word, a name in Latin letters) is
 * kept as written.
 */
export const signatureName = (name: string): string => {
  const t = name.trim().replace(/\s+/g, ' ');
  const initials = /^(\p{Lu}[\p{Ll}-]+) (\p{Lu}\.) ?(\p{Lu}\.)?$/u.exec(t);
  if (initials) return [initials[2], initials[3], initials[1]].filter(Boolean).join(' ');
  const person = parsePersonName(t);
  if (!person || person.surname === '') return t;
  const first = (word: string) => (word ? `${word.charAt(0).toLocaleUpperCase('ru')}.` : '');
  return [first(person.first), first(person.patronymic), person.surname].filter(Boolean).join(' ');
};
