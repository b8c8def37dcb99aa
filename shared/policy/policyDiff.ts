import { diffWords } from 'diff';
import { z } from 'zod';
import { PREAMBLE_ID, type PolicyClause } from '../domain/policy';

export const WordChange = z.object({ op: z.enum(['same', 'added', 'removed']), text: z.string() });

export const ClauseChange = z.object({
  status: z.enum(['added', 'removed', 'changed', 'renumbered', 'unchanged']),
  /** The clause in the new version (null when removed). */
  id: z.string().nullable(),
  ref: z.string(),
  /** The clause in the previous version (null when added). */
  previousId: z.string().nullable(),
  previousRef: z.string(),
  /** Word-level difference of a changed clause; the text of an added or removed one. */
  words: z.array(WordChange),
});
export type ClauseChange = z.infer<typeof ClauseChange>;

/** Cyrillic words (the library's own tokenizer knows only Latin letters). */
const WORDS = new Intl.Segmenter('ru', { granularity: 'word' });

const same = (text: string) => [{ op: 'same' as const, text }];
const citable = (clauses: readonly PolicyClause[]) => clauses.filter((c) => c.id !== PREAMBLE_ID);
const key = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Clause-by-clause difference of two versions, in the new version's order (removed clauses after
 * the clause that preceded them): same number and text — unchanged; same number, other text —
 * changed (with the words); the same text under another number — renumbered; else added/removed.
 */
export const diffClauses = (
  previous: readonly PolicyClause[],
  next: readonly PolicyClause[],
): ClauseChange[] => {
  const before = citable(previous);
  const after = citable(next);
  const byId = new Map(before.map((c) => [c.id, c]));
  const byText = new Map<string, PolicyClause[]>();
  for (const c of before) byText.set(key(c.text), [...(byText.get(key(c.text)) ?? []), c]);
  const matched = new Set<string>();
  const out: ClauseChange[] = [];
  for (const c of after) {
    const old = byId.get(c.id);
    if (old && !matched.has(old.id)) {
      matched.add(old.id);
      const changed = key(old.text) !== key(c.text);
      out.push({
        status: changed ? 'changed' : 'unchanged',
        id: c.id,
        ref: c.ref,
        previousId: old.id,
        previousRef: old.ref,
        words: changed
          ? diffWords(old.text, c.text, { intlSegmenter: WORDS }).map((p) => ({
              op: p.added ? 'added' : p.removed ? 'removed' : 'same',
              text: p.value,
            }))
          : [],
      });
      continue;
    }
    const moved = (byText.get(key(c.text)) ?? []).find(
      (o) => !matched.has(o.id) && !after.some((a) => a.id === o.id),
    );
    if (moved) {
      matched.add(moved.id);
      out.push({
        status: 'renumbered',
        id: c.id,
        ref: c.ref,
        previousId: moved.id,
        previousRef: moved.ref,
        words: [],
      });
    } else {
      out.push({
        status: 'added',
        id: c.id,
        ref: c.ref,
        previousId: null,
        previousRef: '',
        words: same(c.text),
      });
    }
  }
  for (const old of before) {
    if (matched.has(old.id)) continue;
    const index = before.indexOf(old);
    const anchor = before
      .slice(0, index)
      .reverse()
      .find((b) => matched.has(b.id));
    const at = anchor ? out.findIndex((o) => o.previousId === anchor.id) + 1 : 0;
    out.splice(at, 0, {
      status: 'removed',
      id: null,
      ref: '',
      previousId: old.id,
      previousRef: old.ref,
      words: same(old.text),
    });
    matched.add(old.id);
  }
  return out;
};
