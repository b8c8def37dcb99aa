import { PREAMBLE_ID, type ParseWarning, type PolicyClause } from '../domain/policy';
import { normaliseClauseText } from './clauseText';

/** Where a clause begins, as found by the parser or set by the officer's fix. */
export interface ClauseMark {
  /** Required for marks without a number (preamble, unnumbered sections «§2», Roman sections «II»). */
  id?: string;
  number: string;
  scope: string;
  label: string;
  heading: boolean;
  start: number;
  bodyStart: number;
}

export const clauseIdOf = (mark: Pick<ClauseMark, 'id' | 'number' | 'scope'>): string =>
  mark.number === '' ? (mark.id ?? '') : mark.scope ? `${mark.scope}/${mark.number}` : mark.number;

const parentNumbers = (number: string): string[] => {
  const parts = number.split('.');
  const out: string[] = [];
  for (let i = parts.length - 1; i > 0; i--) out.push(parts.slice(0, i).join('.'));
  return out;
};

/** «раздела «Цели обработки»» or «раздела II». */
const sectionName = (section: PolicyClause): string => {
  if (/^[IVXLC]+$/.test(section.id)) return `раздела ${section.id}`;
  const title =
    section.text
      .split('\n')[0]
      ?.replace(/[.:]+$/, '')
      .trim() ?? '';
  return `раздела «${title.length > 80 ? `${title.slice(0, 77)}…` : title}»`;
};

/**
 * Clauses from their marks: each ends where the next begins; the parent is the nearest existing
 * clause whose number is a prefix (within the same section numbering); duplicates get «#2».
 */
export const assembleClauses = (
  text: string,
  marks: readonly ClauseMark[],
): { clauses: PolicyClause[]; warnings: ParseWarning[] } => {
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  const warnings: ParseWarning[] = [];
  const byId = new Map<string, PolicyClause>();
  const clauses: PolicyClause[] = [];
  sorted.forEach((mark, i) => {
    const end = sorted[i + 1]?.start ?? text.length;
    let id = clauseIdOf(mark);
    if (byId.has(id)) {
      let n = 2;
      while (byId.has(`${id}#${n}`)) n += 1;
      warnings.push({ code: 'duplicate', clauseId: `${id}#${n}`, detail: mark.number });
      id = `${id}#${n}`;
    }
    const scopeClause = mark.scope ? byId.get(mark.scope) : undefined;
    let parentId: string | null = null;
    if (mark.number !== '') {
      const prefix = mark.scope ? `${mark.scope}/` : '';
      parentId =
        parentNumbers(mark.number)
          .map((n) => `${prefix}${n}`)
          .find((p) => byId.has(p)) ?? null;
      if (parentId === null && scopeClause) parentId = scopeClause.id;
    }
    const parent = parentId ? byId.get(parentId) : undefined;
    const clause: PolicyClause = {
      id,
      number: mark.number,
      scope: mark.scope,
      label: mark.label,
      ref: mark.number === '' ? '' : scopeClause ? `${mark.number} ${sectionName(scopeClause)}` : mark.number,
      parentId,
      level: parent ? parent.level + 1 : 0,
      heading: mark.heading,
      start: mark.start,
      bodyStart: Math.min(Math.max(mark.bodyStart, mark.start), end),
      end,
      text: normaliseClauseText(text.slice(Math.min(Math.max(mark.bodyStart, mark.start), end), end)),
    };
    byId.set(id, clause);
    clauses.push(clause);
  });
  return { clauses, warnings: [...warnings, ...gapWarnings(clauses)] };
};

/** Siblings numbered 1, 2, 4 → a gap before 4 (a missed split or a typo in the policy). */
const gapWarnings = (clauses: readonly PolicyClause[]): ParseWarning[] => {
  const warnings: ParseWarning[] = [];
  const lastChild = new Map<string, number>();
  for (const c of clauses) {
    if (c.number === '' || c.id === PREAMBLE_ID || c.id.includes('#')) continue;
    const parts = c.number.split('.').map(Number);
    const own = parts[parts.length - 1] ?? 0;
    const group = `${c.scope}|${c.parentId ?? ''}|${parts.length}`;
    const previous = lastChild.get(group);
    if (previous !== undefined && own > previous + 1) {
      warnings.push({ code: 'gap', clauseId: c.id, detail: [...parts.slice(0, -1), previous + 1].join('.') });
    }
    lastChild.set(group, own);
  }
  return warnings;
};
