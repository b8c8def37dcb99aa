/**
 * Template placeholders: text in [square brackets] marks what only the officer can write («[Изложите
 * обстоятельства, установленные при рассмотрении.]», «п. [номер не указан] Политики»). A letter with
 * any left can be edited and previewed as a draft, but never registered, printed as final or sent.
 */
import type { AnswerBlocks } from '../domain/correspondenceAnswer';

/** One bracketed run on one line, up to 300 characters (a legitimate «[sic]» is rare in letters). */
const PLACEHOLDER = /\[[^[\]\r\n]{1,300}\]/g;

export const findPlaceholders = (text: string): string[] => text.match(PLACEHOLDER) ?? [];

export interface TextPart {
  text: string;
  placeholder: boolean;
}

/** The text cut into plain runs and placeholders, in order (for highlighting in the editor). */
export const splitPlaceholders = (text: string): TextPart[] => {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    const start = m.index ?? 0;
    if (start > last) parts.push({ text: text.slice(last, start), placeholder: false });
    parts.push({ text: m[0], placeholder: true });
    last = start + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), placeholder: false });
  return parts;
};

/** Wraps placeholders of already escaped HTML in <mark> (brackets survive escaping unchanged). */
export const markPlaceholders = (escapedHtml: string): string =>
  escapedHtml.replace(PLACEHOLDER, (m) => `<mark class="placeholder">${m}</mark>`);

/** The fields of a letter the officer edits, as the editor names them. */
export interface LetterFields {
  addresseeName: string;
  addresseeAddress: string;
  heading: string;
  blocks: AnswerBlocks;
  signatoryPosition: string;
  signatoryName: string;
  executorName: string;
  executorContact: string;
}

/** The i18n key put on every field that still holds a placeholder. */
export const PLACEHOLDER_LEFT = 'validation.answers.placeholderLeft';

/**
 * Fields with placeholders left, as field errors (`blocks.facts` → [key]); empty when the letter is
 * finished. The dotted names are those of the answer editor, so the refusal lands on the field.
 */
export const unfinishedFields = (letter: LetterFields): Record<string, string[]> => {
  const texts: [string, string][] = [
    ['addresseeName', letter.addresseeName],
    ['addresseeAddress', letter.addresseeAddress],
    ['heading', letter.heading],
    ...Object.entries(letter.blocks).map(([block, text]): [string, string] => [`blocks.${block}`, text]),
    ['signatoryPosition', letter.signatoryPosition],
    ['signatoryName', letter.signatoryName],
    ['executorName', letter.executorName],
    ['executorContact', letter.executorContact],
  ];
  return Object.fromEntries(
    texts
      .filter(([, text]) => findPlaceholders(text).length > 0)
      .map(([field]) => [field, [PLACEHOLDER_LEFT]]),
  );
};
