import { policyLines } from './policyLines';

/** A list item inside a clause: «1)», «а)», «a.» */
const ITEM_MARKER = /^(?:\d{1,2}\)|[а-яa-z]\))\s+/i;

const joinWrapped = (previous: string, next: string): string => {
  // «Интернет-\nмагазина» is one word; a line ending in a hyphen continues it without a space.
  if (/[A-Za-zА-Яа-яЁё]-$/.test(previous) && /^[a-zа-яё]/.test(next)) return previous + next;
  return `${previous} ${next}`;
};

/**
 * The readable text of a clause body: wrapped lines joined, Markdown markers removed, each list item
 * («- …», «1) …») and each paragraph on its own line, whitespace collapsed.
 */
export const normaliseClauseText = (raw: string): string => {
  const logical: string[] = [];
  let openParagraph = false;
  for (const line of policyLines(raw)) {
    const content = line.content.replace(/\s+/g, ' ').trim();
    if (content === '') {
      openParagraph = false;
      continue;
    }
    const item = line.bullet || ITEM_MARKER.test(content);
    const text = line.bullet ? `— ${content}` : content;
    if (!openParagraph || item || line.mdHeading > 0 || logical.length === 0) {
      logical.push(text);
    } else {
      logical[logical.length - 1] = joinWrapped(logical[logical.length - 1] ?? '', text);
    }
    openParagraph = true;
  }
  return logical.join('\n').trim();
};

/** The clause text on one line, for quoting in letters: items joined with «; ». */
export const quoteText = (text: string, maxChars = 1200): string => {
  const flat = text
    .split('\n')
    .map((l) => l.replace(/^—\s*/, '').trim())
    .filter((l) => l !== '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (flat.length <= maxChars) return flat;
  const cut = flat.slice(0, maxChars);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > maxChars * 0.6 ? space : maxChars)}…`;
};

/** True when letters are (almost) all capitals: «ЦЕЛИ СБОРА ПЕРСОНАЛЬНОЙ ИНФОРМАЦИИ». */
export const isCapitalised = (text: string): boolean => {
  const letters = text.replace(/[^A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]/g, '');
  if (letters.length < 4) return false;
  const capitals = letters.replace(/[^A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]/g, '').length;
  return capitals / letters.length > 0.8;
};
