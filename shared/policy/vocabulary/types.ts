/**
 * A vocabulary entry: the words that name one value, as regular-expression sources matched against
 * lower-cased text with «ё» read as «е». Every entry says why it is there (the clause or the usage it
 * comes from), so a reviewer can judge it and a wrong match can be traced to its entry.
 */
export interface Term<V extends string> {
  value: V;
  lang: 'ru' | 'kk';
  patterns: readonly string[];
  reason: string;
}

/** Lower case, «ё» → «е», unified hyphens and quotes, single spaces: the text vocabularies match. */
export const foldText = (text: string): string =>
  text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[‐-―−]/g, '-')
    .replace(/[«»“”„"]/g, '"')
    .replace(/\s+/g, ' ');

const compiled = new Map<string, RegExp>();
export const termRegex = (source: string): RegExp => {
  let re = compiled.get(source);
  if (!re) {
    re = new RegExp(source, 'u');
    compiled.set(source, re);
  }
  return re;
};

/** The first pattern of the term that matches the folded text, or null. */
export const matchTerm = <V extends string>(term: Term<V>, folded: string): RegExpExecArray | null => {
  for (const source of term.patterns) {
    const m = termRegex(source).exec(folded);
    if (m) return m;
  }
  return null;
};

/** Every value whose terms match, in vocabulary order, without repeats. */
export const valuesIn = <V extends string>(terms: readonly Term<V>[], text: string): V[] => {
  const folded = foldText(text);
  const out: V[] = [];
  for (const term of terms) if (!out.includes(term.value) && matchTerm(term, folded)) out.push(term.value);
  return out;
};

/** True when any pattern of the list matches the text. */
export const mentions = (patterns: readonly string[], text: string): boolean => {
  const folded = foldText(text);
  return patterns.some((p) => termRegex(p).test(folded));
};
