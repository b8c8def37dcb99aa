import type { ClauseEdit, ParseWarning, PolicyClause } from '../domain/policy';
import { readLabel } from './clauseNumbers';
import { assembleClauses, clauseIdOf, type ClauseMark } from './clauseTree';

/** Why an edit was refused: an i18n key under `errors.policy.*`. */
export class ClauseEditError extends Error {
  constructor(readonly reason: 'clauseNotFound' | 'splitOutside' | 'numberTaken' | 'nothingBefore') {
    super(`errors.policy.${reason}`);
    this.name = 'ClauseEditError';
  }
}

const markOf = (c: PolicyClause): ClauseMark => ({
  ...(c.number === '' ? { id: c.id } : {}),
  number: c.number,
  scope: c.scope,
  label: c.label,
  heading: c.heading,
  start: c.start,
  bodyStart: c.bodyStart,
});

const find = (clauses: readonly PolicyClause[], id: string): PolicyClause => {
  const clause = clauses.find((c) => c.id === id);
  if (!clause) throw new ClauseEditError('clauseNotFound');
  return clause;
};

const assertFree = (clauses: readonly PolicyClause[], id: string, except?: string) => {
  if (clauses.some((c) => c.id === id && c.id !== except)) throw new ClauseEditError('numberTaken');
};

/**
 * Applies the officer's fix of a wrong split to the clause list. The text is never touched: a split
 * adds a boundary (reading a label there if the text has one), a merge removes one, a renumber
 * changes the number. Parents, levels, texts and gap warnings are derived again.
 */
export const applyClauseEdit = (
  text: string,
  clauses: readonly PolicyClause[],
  edit: ClauseEdit,
): { clauses: PolicyClause[]; warnings: ParseWarning[] } => {
  const clause = find(clauses, edit.clauseId);
  let marks = clauses.map(markOf);
  const index = clauses.indexOf(clause);
  if (edit.op === 'split') {
    const body = text.slice(edit.at, clause.end);
    if (edit.at <= clause.bodyStart || edit.at >= clause.end || body.trim() === '') {
      throw new ClauseEditError('splitOutside');
    }
    const mark: ClauseMark = {
      number: edit.number,
      scope: clause.scope,
      label: '',
      heading: false,
      start: edit.at,
      bodyStart: edit.at,
    };
    assertFree(clauses, clauseIdOf(mark));
    const offset = body.length - body.trimStart().length;
    const written = readLabel(body.trimStart());
    if (
      written &&
      written.parts.join('.') === edit.number.split('.').slice(-written.parts.length).join('.')
    ) {
      mark.start = edit.at + offset;
      mark.label = body.trimStart().slice(0, written.length).trim();
      mark.bodyStart = mark.start + written.length;
    }
    marks.splice(index + 1, 0, mark);
  } else if (edit.op === 'merge') {
    if (index === 0) throw new ClauseEditError('nothingBefore');
    marks = marks.filter((_, i) => i !== index);
  } else {
    const renumbered = { ...markOf(clause), number: edit.number };
    delete renumbered.id;
    assertFree(clauses, clauseIdOf(renumbered), clause.id);
    marks[index] = renumbered;
  }
  return assembleClauses(text, marks);
};
