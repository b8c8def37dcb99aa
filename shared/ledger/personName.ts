import { BoundedMemo } from '../boundedMemo';

/**
 * Person names as the identity rule compares them (see IDENTITY.md): lower case, Ё = Е, words split
 * at spaces, dots and commas, so «Иванов И.И.», «и. и. иванов» and «ИВАНОВ Иван Иванович» are
 * compared word by word, in any order.
 */
export const nameWords = (name: string): string[] =>
  name
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[\s.,;:()«»"“”/\\]+/u)
    .map((w) => w.replace(/^[-'’]+|[-'’]+$/g, ''))
    .filter((w) => w !== '');

/** The words sorted: two names with the same signature are always compatible (a fast equality check). */
export const nameSignature = (name: string): string =>
  signatures.get(name, () => nameWords(name).sort().join(' '));

/** Repeat buyers bring the same name text many times in one file. */
const signatures = new BoundedMemo<string>(50_000);

const isInitial = (word: string) => [...word].length === 1;

/** An initial matches a word with that first letter; otherwise words must be equal. */
const wordsMatch = (a: string, b: string): boolean =>
  a === b || (isInitial(a) && b.startsWith(a)) || (isInitial(b) && a.startsWith(b));

/** Whether every word of `fewer` can be paired with a different word of `more` (exact words first). */
const allPaired = (fewer: readonly string[], more: readonly string[]): boolean => {
  const free = [...more];
  const pending: string[] = [];
  for (const word of fewer) {
    const i = free.indexOf(word);
    if (i >= 0) free.splice(i, 1);
    else pending.push(word);
  }
  // Few words remain (names have 1–4): try every assignment of the initials and near-misses.
  const tryPair = (k: number, left: string[]): boolean => {
    if (k === pending.length) return true;
    const word = pending[k] as string;
    return left.some(
      (candidate, i) =>
        wordsMatch(word, candidate) &&
        tryPair(
          k + 1,
          left.filter((_, j) => j !== i),
        ),
    );
  };
  return tryPair(0, free);
};

/**
 * The identity rule's name test. Two names are compatible when either is empty, or when every word of
 * the shorter one pairs with a different word of the longer one — the same word, or an initial and a
 * word starting with it. So the same words in any order, initials, and a missing patronymic or
 * surname are compatible; «Асанов Бакыт» and «Асанова Айгуль» are not.
 */
export const namesCompatible = (a: string, b: string): boolean => {
  const x = nameWords(a);
  const y = nameWords(b);
  if (x.length === 0 || y.length === 0) return true;
  return x.length <= y.length ? allPaired(x, y) : allPaired(y, x);
};

/**
 * The more complete of two compatible names, for a person's display name: more words wins, then
 * fewer initials; on a tie the current one stays.
 */
export const fullerName = (current: string, candidate: string): string => {
  const c = nameWords(current);
  const n = nameWords(candidate);
  if (n.length !== c.length) return n.length > c.length ? candidate : current;
  const initials = (ws: string[]) => ws.filter(isInitial).length;
  return initials(n) < initials(c) ? candidate : current;
};
