import type { PolicyClause } from '../../domain/policy';
import { foldText, termRegex } from '../vocabulary/types';

export interface ListItem {
  clause: PolicyClause;
  text: string;
  /** A list item rather than a sentence: what it does not name is reported as not recognised. */
  short: boolean;
}

/** Definitions («1.1.6. «Cookies» — …») name data without collecting it. */
const DEFINITION_HEADING = ['термин', 'определени', 'анықтама', 'ұғым'];

export const childrenOf = (clauses: readonly PolicyClause[], id: string): PolicyClause[] =>
  clauses.filter((c) => c.parentId === id);

const ancestors = (clauses: readonly PolicyClause[], clause: PolicyClause): PolicyClause[] => {
  const out: PolicyClause[] = [];
  let parentId = clause.parentId;
  while (parentId) {
    const parent = clauses.find((c) => c.id === parentId);
    if (!parent) break;
    out.push(parent);
    parentId = parent.parentId;
  }
  return out;
};

export const inDefinitions = (clauses: readonly PolicyClause[], clause: PolicyClause): boolean =>
  [clause, ...ancestors(clauses, clause)].some((c) =>
    DEFINITION_HEADING.some((w) => foldText(c.text.split('\n')[0] ?? '').includes(w)),
  );

/** The clause's introduction (before its list) ends with a colon: «…включают в себя следующую информацию:». */
export const introducesList = (clause: PolicyClause): boolean =>
  /:\s*$/.test(clause.text.split('\n')[0] ?? '');

/** The words matched by `patterns` in the clause's introduction or heading. */
export const introMentions = (clause: PolicyClause, patterns: readonly string[]): boolean => {
  const intro = foldText(clause.text.split('\n')[0] ?? '');
  return patterns.some((p) => termRegex(p).test(intro));
};

/** Short items: «фамилию, имя, отчество Пользователя;» — a sentence-long child is not a list item. */
const isItemLike = (text: string): boolean => {
  // «Оператор не обрабатывает специальные категории…» says what is not collected: not an item.
  if (/(?<!\p{L})(не|емес)\s/iu.test(text)) return false;
  const words = text.split(/\s+/).filter(Boolean).length;
  return words <= 12 || /[;,]$/.test(text.trim());
};

/** «…автоматически собираются: IP-адрес, файлы cookie, сведения о браузере» → intro and items. */
export const inlineList = (clause: PolicyClause): { intro: string; items: string[] } | null => {
  const first = clause.text.split('\n')[0] ?? '';
  const colon = first.indexOf(':');
  if (colon < 0 || colon === first.length - 1) return null;
  const items = first
    .slice(colon + 1)
    .split(/[,;]|\s+и\s+(?=\S)/)
    .map((t) => t.replace(/[.\s]+$/, '').trim())
    .filter((t) => t !== '');
  return items.length >= 2 ? { intro: first.slice(0, colon), items } : null;
};

/**
 * Items of a list clause: its bullet lines and «1)» items, then its child clauses (each with its own
 * bullets) — the things a policy enumerates under «…следующую информацию:» or «…в целях:».
 */
export const listItems = (clauses: readonly PolicyClause[], clause: PolicyClause): ListItem[] => {
  const items: ListItem[] = [];
  const lines = clause.text.split('\n').slice(1);
  for (const line of lines) {
    const text = line.replace(/^—\s*|^(\d{1,2}|[а-яa-z])\)\s*/i, '').trim();
    if (text !== '') items.push({ clause, text, short: true });
  }
  for (const child of childrenOf(clauses, clause.id)) {
    // A child that introduces its own list («4.1. … в целях:») is read as a list of its own.
    if (introducesList(child)) continue;
    const first = (child.text.split('\n')[0] ?? '').trim();
    if (first !== '') items.push({ clause: child, text: first, short: isItemLike(first) });
    for (const line of child.text.split('\n').slice(1)) {
      const text = line.replace(/^—\s*/, '').trim();
      if (text !== '' && line.startsWith('—')) items.push({ clause: child, text, short: true });
    }
  }
  return items;
};

/** «(история покупок, используемые браузеры и операционные системы и т.д.)» → its parts. */
export const parenthesisedParts = (text: string): string[] => {
  const out: string[] = [];
  for (const m of text.matchAll(/\(([^()]{3,300})\)/g)) {
    for (const part of (m[1] ?? '').split(/,|;|\s+и\s+(?=\S)/)) {
      const p = part.replace(/\s*и т\.\s?д\.?\s*$/, '').trim();
      if (p !== '') out.push(p);
    }
  }
  return out;
};
