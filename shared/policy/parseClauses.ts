import { PREAMBLE_ID, type ParseWarning, type PolicyClause } from '../domain/policy';
import {
  endsWithReferenceWord,
  expectedNext,
  findGluedNumber,
  formatNumber,
  readLabel,
  type NumberLabel,
} from './clauseNumbers';
import { isCapitalised } from './clauseText';
import { assembleClauses, type ClauseMark } from './clauseTree';
import { policyLines, type PolicyLine } from './policyLines';

/** An unnumbered («## Цели обработки») or Roman («II.») section whose clauses may restart at 1. */
interface Section {
  id: string;
  /** Undecided until its first number: «1.» restarts (relative), «2.1.» continues (absolute). */
  mode: 'undecided' | 'relative' | 'absolute';
  last: number[];
}

interface State {
  marks: ClauseMark[];
  warnings: ParseWarning[];
  absLast: number[];
  section: Section | null;
  sections: number;
  /** The previous non-blank line ended a sentence or a heading (a number may start a clause). */
  boundary: boolean;
  previousLine: string;
  /** The last label was written with dots («1.1.»): a following «2.» is then a section, not an item. */
  lastWrittenDotted: boolean;
  /** Indentation of the single-number labels last placed at each depth (Markdown nested lists). */
  indentAt: number[];
}

const isHeadingLine = (line: PolicyLine, rest: string): boolean =>
  line.mdHeading > 0 || line.bold || (rest.length < 160 && isCapitalised(rest));

/** The single-level number «n.» read at the depth where it continues the numbering. */
const placeSingle = (
  last: readonly number[],
  n: number,
  shallow: boolean,
  indentAt: readonly number[] = [],
  indent = -1,
): number[] | null => {
  const expected = expectedNext(last);
  const fits: number[][] = [];
  for (let depth = 1; depth <= last.length + 1; depth++) {
    const candidate = [...last.slice(0, depth - 1), n];
    if (expected.has(formatNumber(candidate))) fits.push(candidate);
  }
  if (fits.length === 0) return null;
  const sameIndent = fits.find((f) => indentAt[f.length - 1] === indent);
  if (fits.length > 1 && sameIndent) return sameIndent;
  // A heading, or «2.» after «1.1.», is the top of its numbering; «2.» after «1.» continues the deepest list.
  return (shallow ? fits[0] : fits[fits.length - 1]) ?? null;
};

const place = (
  last: readonly number[],
  label: NumberLabel,
  shallow: boolean,
  indentAt?: readonly number[],
  indent?: number,
): number[] | null => {
  if (label.parts.length === 1) return placeSingle(last, label.parts[0] ?? 0, shallow, indentAt, indent);
  return expectedNext(last).has(formatNumber(label.parts)) ? label.parts : null;
};

const addMark = (s: State, mark: ClauseMark) => s.marks.push(mark);

const startSection = (s: State, start: number, id: string, label: string, bodyStart: number) => {
  s.section = { id, mode: 'undecided', last: [] };
  addMark(s, { id, number: '', scope: '', label, heading: true, start, bodyStart });
};

/** A numbered line inside an unnumbered section: restarting (relative) or continuing (absolute). */
const placeInSection = (s: State, section: Section, label: NumberLabel, shallow: boolean, indent: number) => {
  if (section.mode === 'undecided') {
    const continues = place(s.absLast, label, shallow);
    const restarts = label.parts[0] === 1 && (label.parts.length === 1 || s.absLast.length > 0);
    section.mode = restarts || (continues === null && label.parts[0] === 1) ? 'relative' : 'absolute';
  }
  if (section.mode === 'absolute')
    return { parts: place(s.absLast, label, shallow, s.indentAt, indent), scope: '' };
  return { parts: place(section.last, label, shallow, s.indentAt, indent), scope: section.id };
};

const numberedLine = (s: State, line: PolicyLine, label: NumberLabel, start: number): boolean => {
  const rest = line.content.slice(label.length).trim();
  const heading = isHeadingLine(line, rest);
  const section = s.section;
  const shallow = heading || s.lastWrittenDotted;
  let { parts, scope } =
    section && section.mode !== 'absolute'
      ? placeInSection(s, section, label, shallow, line.indent)
      : { parts: place(s.absLast, label, shallow, s.indentAt, line.indent), scope: '' };
  if (section?.mode === 'absolute' && parts === null && label.parts[0] === 1 && label.parts.length === 1) {
    parts = null;
  }
  if (parts === null) {
    // Out of sequence: a clause only after a sentence end, a blank line or a heading, or when it
    // continues a clause that exists («4.3.» under «4.»); after «п.» it is a reference, so text.
    const last = scope && section ? section.last : s.absLast;
    const sharesPrefix = label.parts.length > 1 && label.parts[0] === last[0];
    if ((!s.boundary && !sharesPrefix) || endsWithReferenceWord(s.previousLine)) return false;
    parts = label.parts;
    scope = section && section.mode === 'relative' ? section.id : '';
    const first = !s.marks.some((m) => m.number !== '');
    if (!first)
      s.warnings.push({
        code: 'outOfOrder',
        clauseId: scope ? `${scope}/${formatNumber(parts)}` : formatNumber(parts),
        detail: formatNumber(parts),
      });
  }
  if (scope && section) section.last = parts;
  else s.absLast = parts;
  s.lastWrittenDotted = label.parts.length > 1;
  if (label.parts.length === 1) {
    s.indentAt[parts.length - 1] = line.indent;
    s.indentAt.length = parts.length;
  }
  // A numbered heading («## 5. Передача», «5. ПЕРЕДАЧА») closes an unnumbered section.
  if (!scope && heading && parts.length === 1) s.section = null;
  const bodyStart = Math.min(line.contentStart + label.length, line.end);
  addMark(s, {
    number: formatNumber(parts),
    scope,
    label: line.content.slice(0, label.length).trim(),
    heading,
    start,
    bodyStart,
  });
  return true;
};

const gluedNumbers = (s: State, text: string, line: PolicyLine) => {
  const raw = text.slice(line.start, line.end);
  let from = 0;
  for (;;) {
    if (s.section?.mode === 'relative') return;
    const glued = findGluedNumber(raw, from, expectedNext(s.absLast));
    if (!glued) return;
    s.absLast = glued.parts;
    s.lastWrittenDotted = true;
    addMark(s, {
      number: formatNumber(glued.parts),
      scope: '',
      label: raw.slice(glued.index, glued.index + glued.length).trim(),
      heading: false,
      start: line.start + glued.index,
      bodyStart: line.start + glued.index + glued.length,
    });
    from = glued.index + glued.length;
  }
};

const readLine = (s: State, text: string, line: PolicyLine) => {
  const start =
    line.start +
    (text.slice(line.start, line.end).length - text.slice(line.start, line.end).trimStart().length);
  const label = line.bullet ? null : readLabel(line.content);
  const sawClause = s.marks.some((m) => m.id !== PREAMBLE_ID);
  if (label?.roman) {
    startSection(
      s,
      start,
      label.roman,
      line.content.slice(0, label.length).trim(),
      line.contentStart + label.length,
    );
    return;
  }
  if (label && !label.paren && numberedLine(s, line, label, start)) {
    if (label.sectionWord && label.parts.length === 1) s.section = null;
    return;
  }
  // An unnumbered heading: «## Цели обработки» or a bold line. «# Title» and a title before any
  // clause stay in the preamble.
  const unnumberedHeading = (line.mdHeading >= 2 || line.bold) && line.content.length < 160;
  if (!label && unnumberedHeading && (sawClause || line.mdHeading >= 2)) {
    s.sections += 1;
    startSection(s, start, `§${s.sections}`, '', line.contentStart);
    return;
  }
  gluedNumbers(s, text, line);
};

/**
 * Splits a policy into numbered clauses: «1.», «1.1.», «4.3.2.», «п. 4.4», «8.2 .», Markdown headings,
 * bold labels and numbered lists, numbers glued to the previous line's text, numbering restarting in
 * sections. Text before the first clause is the preamble.
 */
export const parseClauses = (text: string): { clauses: PolicyClause[]; warnings: ParseWarning[] } => {
  const s: State = {
    marks: [{ id: PREAMBLE_ID, number: '', scope: '', label: '', heading: false, start: 0, bodyStart: 0 }],
    warnings: [],
    absLast: [],
    section: null,
    sections: 0,
    boundary: true,
    previousLine: '',
    lastWrittenDotted: false,
    indentAt: [],
  };
  for (const line of policyLines(text)) {
    if (line.content.trim() === '') {
      s.boundary = true;
      continue;
    }
    readLine(s, text, line);
    const content = line.content.trim();
    s.boundary = /[.:;!?»"”)]$/.test(content) || line.mdHeading > 0 || line.bold || isCapitalised(content);
    s.previousLine = content;
  }
  const result = assembleClauses(text, s.marks);
  // An empty preamble (the text starts with clause 1) is dropped.
  const clauses = result.clauses.filter((c) => c.id !== PREAMBLE_ID || c.text !== '');
  // A number out of sequence because of a gap is reported once, as the gap.
  const gaps = new Set(result.warnings.filter((w) => w.code === 'gap').map((w) => w.clauseId));
  const warnings = [...s.warnings.filter((w) => !gaps.has(w.clauseId)), ...result.warnings];
  if (!clauses.some((c) => c.number !== '')) warnings.push({ code: 'noClauses', clauseId: null, detail: '' });
  return { clauses, warnings };
};
