/**
 * Clause numbers: reading a label at the start of a line («4.1.10.», «8.2 .», «п. 4.4», «Статья 5.»,
 * «II.»), finding a number glued into the previous line's text, and the numbers that may come next.
 */

export interface NumberLabel {
  /** Parts of an arabic number ([4, 1, 10]); empty for a Roman section. */
  parts: number[];
  /** Roman section numeral («II»), else ''. */
  roman: string;
  /** «Статья», «Раздел», «Глава» (or their Kazakh forms) precede the number. */
  sectionWord: boolean;
  /** «1)» — a list item inside a clause, not a clause. */
  paren: boolean;
  /** Length of the label in the content it was read from (number, dots, spaces). */
  length: number;
}

const PART = '(?:[1-9]\\d{0,2})';
const AFTER = '(?=\\s|$|[A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі«"“(])';
const ARABIC = new RegExp(
  `^(?:(?:п\\.|пункт|тармақ)\\s*)?(${PART}(?:\\.${PART}){0,5})(\\s*\\.|\\))?${AFTER}`,
  'i',
);
const SECTION_WORD = new RegExp(
  `^(?:раздел|статья|глава|бөлім|бап|тарау)\\s+(${PART}|[IVXLC]{1,6})\\.?${AFTER}`,
  'i',
);
const KAZAKH_SECTION = new RegExp(`^(${PART})-(?:бөлім|бап|тарау)\\.?${AFTER}`, 'i');
const ROMAN = /^([IVXLC]{1,6})\.\s+(?=\S)/;

const toParts = (dotted: string): number[] => dotted.split('.').map(Number);

/** Reads a clause label at the start of `content`; null when there is none. */
export const readLabel = (content: string): NumberLabel | null => {
  const word = SECTION_WORD.exec(content) ?? KAZAKH_SECTION.exec(content);
  if (word?.[1]) {
    const value = word[1];
    const roman = /^[IVXLC]+$/i.test(value) ? value.toUpperCase() : '';
    return {
      parts: roman ? [] : toParts(value),
      roman,
      sectionWord: true,
      paren: false,
      length: word[0].length,
    };
  }
  const roman = ROMAN.exec(content);
  if (roman?.[1])
    return { parts: [], roman: roman[1], sectionWord: false, paren: false, length: roman[0].length };
  const m = ARABIC.exec(content);
  if (!m?.[1]) return null;
  const parts = toParts(m[1]);
  const closing = m[2] ?? '';
  const prefixed = /^(?:п\.|пункт|тармақ)/i.test(content);
  // A bare «2019 года» is not a clause: a single number needs a dot, a bracket or «п.».
  if (parts.length === 1 && closing === '' && !prefixed) return null;
  return { parts, roman: '', sectionWord: false, paren: closing === ')', length: m[0].length };
};

/** «4.1.10» */
export const formatNumber = (parts: readonly number[]): string => parts.join('.');

/** The numbers that may follow `last` in a consistent numbering: a child, a sibling, an uncle… */
export const expectedNext = (last: readonly number[]): Set<string> => {
  const out = new Set<string>();
  if (last.length === 0) {
    out.add('1');
    out.add('1.1');
    return out;
  }
  out.add(formatNumber([...last, 1]));
  for (let i = last.length - 1; i >= 0; i--) {
    const sibling = [...last.slice(0, i), (last[i] ?? 0) + 1];
    out.add(formatNumber(sibling));
    out.add(formatNumber([...sibling, 1]));
  }
  return out;
};

/** Words after which a number is a reference («п.п. 5.2. и 5.3.»), never a new clause. */
const REFERENCE_WORD =
  /(?:^|[\s(])(?:п|пп|п\.п|подп|пункт\S*|ст|стать\S*|раздел\S*|гл|глав\S*|ч|част\S*|№|тармақ\S*)\.?\s*$/i;

export interface GluedNumber {
  /** Offset of the number inside the searched string. */
  index: number;
  parts: number[];
  length: number;
}

/**
 * A clause number glued into running text («…«Контакты»     9.4. Действующая…»): accepted only when
 * it is one of the expected next numbers, follows the end of a sentence or a run of spaces, and is
 * followed by a capital letter — so references like «п. 5.2. и 5.3.» stay text.
 */
export const findGluedNumber = (line: string, from: number, expected: Set<string>): GluedNumber | null => {
  const pattern = new RegExp(`(${PART}(?:\\.${PART}){1,5})(\\s*\\.)?(?=\\s+[А-ЯЁA-ZӘҒҚҢӨҰҮҺІ«"“])`, 'g');
  pattern.lastIndex = from;
  for (let m = pattern.exec(line); m !== null; m = pattern.exec(line)) {
    const before = line.slice(0, m.index);
    if (before.trim() === '') continue;
    const boundary = /[.;:!?»"”)]\s*$/.test(before) || /\s{2,}$/.test(before);
    if (!boundary || !/\s$|[.;:!?»"”)]$/.test(before)) continue;
    if (REFERENCE_WORD.test(before)) continue;
    const number = m[1] ?? '';
    if (!expected.has(number)) continue;
    return { index: m.index, parts: toParts(number), length: m[0].length };
  }
  return null;
};

/** True when the line ends so that a following number would be a reference, not a clause. */
export const endsWithReferenceWord = (line: string): boolean => REFERENCE_WORD.test(line.trimEnd());

/** Roman numeral → number (sections «II.»). */
export const romanValue = (roman: string): number => {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = values[roman[i] ?? ''] ?? 0;
    const next = values[roman[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
};
