import type { PageMarginsMm } from './print';
import type { DocumentFonts } from './types';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Explicit bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** Anything that makes a value take part in right-to-left layout: bidi marks and right-to-left letters. */
const BIDI_SENSITIVE =
  /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const FSI = '\u2068';
const PDI = '\u2069';

/**
 * User text as printed: a value with bidi controls or right-to-left letters is isolated (FSI … PDI)
 * so it cannot reorder the text around it, and its own embeddings and overrides (U+202E «RLO») are
 * dropped, so a name prints in the order it was typed. Plain Cyrillic or Latin text is unchanged.
 */
export const isolateBidi = (value: string): string =>
  BIDI_SENSITIVE.test(value) ? `${FSI}${value.replace(BIDI_CONTROLS, '')}${PDI}` : value;

/** Escapes text for HTML element content and quoted attribute values (bidi-isolated, see isolateBidi). */
export const escapeHtml = (value: string): string =>
  isolateBidi(value).replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);

/** No line break after a short abbreviation or №: «г.&nbsp;Алматы», «д.&nbsp;5», «п.&nbsp;3». */
const bindAbbreviations = (html: string): string =>
  html.replace(/(^|[\s(,])([а-яё]{1,4}\.|№)[ \t]+(?=\S)/g, '$1$2&nbsp;');

/** Escaped text with line breaks kept (multi-line fields such as addresses and purposes). */
export const escapeMultiline = (value: string): string =>
  value
    .trim()
    .split(/\r\n|\r|\n/)
    .map((line) => bindAbbreviations(escapeHtml(line)))
    .join('<br>');

/** «№ 01-12/345»: a short number is kept on one line (Chromium would break it after a hyphen). */
export const documentNumber = (value: string): string => {
  const number = escapeHtml(value.trim());
  return value.trim().length <= 12 ? `№&nbsp;<span class="nobr">${number}</span>` : `№&nbsp;${number}`;
};

const SHY = '\u00AD';

/**
 * Break points for long words of the fixed labels (labels.ru.ts) that do not fit a narrow table
 * column. Chromium hyphenates automatically only where it has dictionaries (not on Windows, not
 * offline on Linux), so documents carry soft hyphens instead.
 */
const SOFT_HYPHENATED: Record<string, string> = {
  Самостоятельный: `Само${SHY}стоятель${SHY}ный`,
  Государственный: `Государ${SHY}ствен${SHY}ный`,
  Великобритания: `Велико${SHY}британия`,
};

/** Inserts soft hyphens into the known long words of `text`. */
export const withSoftHyphens = (text: string): string =>
  text.replace(/[А-Яа-яЁё]{12,}/g, (word) => SOFT_HYPHENATED[word] ?? word);

const mm = (value: number): string => `${value}mm`;

const baseCss = (fonts: DocumentFonts, landscape: boolean, margins: PageMarginsMm): string => `
@page { size: A4 ${landscape ? 'landscape' : 'portrait'};
  margin: ${mm(margins.top)} ${mm(margins.right)} ${mm(margins.bottom)} ${mm(margins.left)}; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #000; background: #fff; font-family: '${fonts.serif}', serif;
  font-size: 10pt; line-height: 1.3; font-kerning: normal; }
h1 { font-size: 13pt; font-weight: 700; text-align: center; margin: 0; }
p { margin: 0 0 4pt; }
table { border-collapse: collapse; width: 100%; }
thead { display: table-header-group; }
tfoot { display: table-footer-group; }
tr, th, td { break-inside: avoid; page-break-inside: avoid; }
th, td { vertical-align: top; text-align: left; overflow-wrap: break-word; }
a { color: inherit; text-decoration: none; }
.nobr { white-space: nowrap; }
@media screen {
  html { background: #e8e8e8; }
  body { box-sizing: border-box; width: ${landscape ? '297mm' : '210mm'}; min-height: ${landscape ? '210mm' : '297mm'};
    margin: 8mm auto; padding: ${mm(margins.top)} ${mm(margins.right)} ${mm(margins.bottom)} ${mm(margins.left)};
    box-shadow: 0 0 4px rgba(0, 0, 0, 0.3); }
}
`;

export interface DocumentPageOptions {
  title: string;
  fonts: DocumentFonts;
  /** Trusted HTML: every user value in it must already be escaped. */
  body: string;
  landscape: boolean;
  margins: PageMarginsMm;
  /** Document-specific rules, appended after the base print CSS. */
  css?: string;
}

/** A complete, self-contained HTML document (fonts inlined, no external resources) for A4 printing. */
export const documentPage = ({
  title,
  fonts,
  body,
  landscape,
  margins,
  css = '',
}: DocumentPageOptions): string =>
  [
    '<!DOCTYPE html>',
    '<html lang="ru">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${fonts.css}\n${baseCss(fonts, landscape, margins)}${css}</style>`,
    '</head>',
    `<body>\n${body}\n</body>`,
    '</html>',
  ].join('\n');
