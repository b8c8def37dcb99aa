/**
 * The lines of a policy text with the Markdown and list decoration recognised, so the clause parser
 * reads «## 4. Цели», «**4.1.** Текст», «- пункт» and a plain «4.1. Текст» alike. Offsets point into
 * the original text.
 */
export interface PolicyLine {
  /** Offset of the line's first character. */
  start: number;
  /** Offset just after the line (before its line break). */
  end: number;
  /** Leading spaces (a tab counts 4). */
  indent: number;
  /** Markdown heading level (1–6), 0 for none. */
  mdHeading: number;
  /** The whole line is bold («**Цели обработки**»). */
  bold: boolean;
  /** A bullet list item («- », «* », «• », «— »). */
  bullet: boolean;
  /** The text after the decoration, bold markers removed. */
  content: string;
  /** Offset of `content`'s first character in the original text (approximate when markers were removed). */
  contentStart: number;
}

const BULLET = /^(?:[-*+•·▪◦–—]|\\-)\s+/;
const BOLD_MARKERS = /\*\*|__/g;

const analyse = (text: string, start: number, end: number): PolicyLine => {
  const raw = text.slice(start, end);
  let i = 0;
  let indent = 0;
  while (i < raw.length && (raw[i] === ' ' || raw[i] === '\t' || raw[i] === '\u00a0')) {
    indent += raw[i] === '\t' ? 4 : 1;
    i += 1;
  }
  let rest = raw.slice(i);
  let mdHeading = 0;
  const heading = /^(#{1,6})\s+/.exec(rest);
  if (heading) {
    mdHeading = heading[1]?.length ?? 0;
    i += heading[0].length;
    rest = rest.slice(heading[0].length).replace(/\s+#+\s*$/, '');
  }
  const quote = /^>\s?/.exec(rest);
  if (quote) {
    i += quote[0].length;
    rest = rest.slice(quote[0].length);
  }
  const bulletMatch = BULLET.exec(rest);
  const bullet = bulletMatch !== null && !rest.startsWith('**');
  if (bullet && bulletMatch) {
    i += bulletMatch[0].length;
    rest = rest.slice(bulletMatch[0].length);
  }
  const trimmed = rest.trimEnd();
  const bold =
    /^(\*\*|__)[^*_].*(\*\*|__)[:.]?$/.test(trimmed) && trimmed.replace(BOLD_MARKERS, '').trim() !== '';
  const leadingMarkers = /^(?:\*\*|__)+/.exec(rest)?.[0].length ?? 0;
  return {
    start,
    end,
    indent,
    mdHeading,
    bold,
    bullet,
    content: trimmed.replace(BOLD_MARKERS, '').replace(/\s+$/, ''),
    contentStart: start + i + leadingMarkers,
  };
};

/** Splits the text into analysed lines (LF, CRLF or CR line ends). */
export const policyLines = (text: string): PolicyLine[] => {
  const lines: PolicyLine[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) {
    lines.push(analyse(text, start, m.index));
    start = m.index + m[0].length;
  }
  lines.push(analyse(text, start, text.length));
  return lines;
};
