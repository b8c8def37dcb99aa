import type { FactArea, PolicyClause, PolicyFact, UnrecognisedItem } from '../../domain/policy';

type Draft = PolicyFact extends infer F
  ? F extends PolicyFact
    ? Omit<F, 'id' | 'ref' | 'accepted' | 'clauseId' | 'origin' | 'corrects'>
    : never
  : never;

/** Collects facts (one per type and value: the first clause that states it) and what was not recognised. */
export class FactList {
  readonly facts: PolicyFact[] = [];
  readonly unrecognised: UnrecognisedItem[] = [];

  add(clause: PolicyClause, draft: Draft): void {
    const key = `${draft.type}:${draft.value}`;
    if (this.facts.some((f) => `${f.type}:${f.value}` === key)) return;
    this.facts.push({
      ...draft,
      id: `${key}:${clause.id}`,
      clauseId: clause.id,
      ref: clause.ref,
      accepted: true,
      origin: 'extracted',
    } as PolicyFact);
  }

  has(type: PolicyFact['type']): boolean {
    return this.facts.some((f) => f.type === type);
  }

  notRecognised(area: FactArea, clause: PolicyClause | null, text: string): void {
    if (
      this.unrecognised.some((u) => u.area === area && u.clauseId === (clause?.id ?? null) && u.text === text)
    )
      return;
    this.unrecognised.push({ area, clauseId: clause?.id ?? null, ref: clause?.ref ?? '', text });
  }
}

/** The sentence of `text` around a match, for the quote shown with a fact. */
export const sentenceAround = (text: string, index: number, maxChars = 240): string => {
  const before = text.lastIndexOf('.', Math.max(0, index - 1));
  const start = before < 0 ? 0 : before + 1;
  const afterDot = text.indexOf('.', index);
  const end = afterDot < 0 ? text.length : afterDot + 1;
  const sentence = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return sentence.length <= maxChars ? sentence : `${sentence.slice(0, maxChars - 1)}…`;
};
