import type { Jurisdiction } from '../domain/common';
import type { FactFlag, PolicyClause, PolicyFact, PolicyFactType } from '../domain/policy';
import { SINGLE_FACT_TYPES, type PolicyFactValues } from '../domain/policyFactInput';
import { UNIT_WORDS } from './extract/obligations';

/** A fact the officer stated cannot be kept as asked: which field, and the message key. */
export class FactInputError extends Error {
  constructor(
    readonly field: 'clauseId' | 'type' | 'value' | 'factId',
    message: string,
  ) {
    super(message);
    this.name = 'FactInputError';
  }
}

const QUOTE_MAX = 240;

/** The clause's own words, quoted with the fact (as the extraction quotes the sentence it read). */
const quoteOf = (clause: PolicyClause): string => {
  const text = clause.text.replace(/\s+/g, ' ').trim();
  return text.length <= QUOTE_MAX ? text : `${text.slice(0, QUOTE_MAX - 1)}…`;
};

/** Flags a fact raises by itself (the same rules as the extraction's). */
const ownFlags = (type: PolicyFactType, value: string, jurisdiction: Jurisdiction): FactFlag[] => {
  if (type === 'retention' && value === 'unlimited') return ['storageLimitation'];
  if (type === 'applicableLaw' && value !== jurisdiction) return ['foreignLaw'];
  return [];
};

/** Two accepted facts say the same, or a kind stated once is stated twice. */
const clashes = (a: Pick<PolicyFact, 'type' | 'value'>, b: PolicyFact): boolean =>
  b.accepted && a.type === b.type && (a.value === b.value || SINGLE_FACT_TYPES.includes(a.type));

/**
 * The law of one country and the courts of another are flagged on both facts — among the accepted
 * facts as they stand after any change (the extraction flags them the same way).
 */
export const withLawCourtFlags = (facts: readonly PolicyFact[]): PolicyFact[] => {
  const clean = facts.map((f) =>
    f.flags.includes('lawCourtMismatch')
      ? { ...f, flags: f.flags.filter((x) => x !== 'lawCourtMismatch') }
      : f,
  );
  const law = clean.find((f) => f.type === 'applicableLaw' && f.accepted);
  const court = clean.find((f) => f.type === 'courts' && f.accepted);
  if (!law || !court || court.value === 'unspecified' || court.value === law.value) return clean;
  return clean.map((f) => (f === law || f === court ? { ...f, flags: [...f.flags, 'lawCourtMismatch'] } : f));
};

const nextOfficerId = (facts: readonly PolicyFact[]): string => {
  const used = facts
    .map((f) => /^officer-(\d+)$/.exec(f.id)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  return `officer-${Math.max(0, ...used) + 1}`;
};

/**
 * Adds, changes or (for an extracted fact) corrects a fact on a draft's facts, citing a clause of the
 * version. Refuses a clause that cannot be cited and a fact that repeats or contradicts an accepted one.
 */
export const saveOfficerFact = (
  version: { clauses: readonly PolicyClause[]; facts: readonly PolicyFact[] },
  factId: string | null,
  input: PolicyFactValues,
  jurisdiction: Jurisdiction,
): PolicyFact[] => {
  const clause = version.clauses.find((c) => c.id === input.clauseId && c.ref !== '');
  if (!clause) throw new FactInputError('clauseId', 'validation.policy.factClause');
  const target = factId === null ? null : version.facts.find((f) => f.id === factId);
  if (target === undefined) throw new FactInputError('factId', 'errors.notFound');
  const changing = target?.origin === 'officer' ? target : null;
  const correcting = target && target.origin !== 'officer' ? target : null;
  const unit = input.unit || 'calendarDays';
  const amount = Number(input.amount);
  const value = input.type === 'claimPeriod' ? `${amount} ${UNIT_WORDS[unit]}` : input.value;
  const others = version.facts
    .filter((f) => f !== changing)
    .map((f) => (f === correcting ? { ...f, accepted: false } : f));
  const clash = others.find((f) => clashes({ type: input.type, value }, f));
  if (clash)
    throw new FactInputError(
      clash.value === value ? 'value' : 'type',
      clash.value === value ? 'validation.policy.factDuplicate' : 'validation.policy.factSingle',
    );
  const base = {
    id: changing?.id ?? nextOfficerId(version.facts),
    clauseId: clause.id,
    ref: clause.ref,
    quote: quoteOf(clause),
    flags: ownFlags(input.type, value, jurisdiction),
    accepted: true,
    origin: 'officer' as const,
    ...((changing?.corrects ?? correcting?.id) ? { corrects: changing?.corrects ?? correcting?.id } : {}),
  };
  const fact = (
    input.type === 'claimPeriod'
      ? { ...base, type: 'claimPeriod', value, amount, unit }
      : { ...base, type: input.type, value }
  ) as PolicyFact;
  const facts = changing ? version.facts.map((f) => (f === changing ? fact : f)) : [...others, fact];
  return withLawCourtFlags(facts);
};

/** Removes an officer's fact from a draft; an extracted fact is rejected instead, never removed. */
export const removeOfficerFact = (facts: readonly PolicyFact[], factId: string): PolicyFact[] => {
  const fact = facts.find((f) => f.id === factId);
  if (!fact) throw new FactInputError('factId', 'errors.notFound');
  if (fact.origin !== 'officer') throw new FactInputError('factId', 'errors.policy.extractedFact');
  return withLawCourtFlags(facts.filter((f) => f !== fact));
};

/**
 * After the clause split changed: each officer's fact follows its clause (found by where its old
 * clause started, so a renumbered or merged clause keeps its facts), and a fact the extraction reads
 * again yields to an accepted officer's fact it would repeat or contradict.
 */
export const carryOfficerFacts = (
  fresh: readonly PolicyFact[],
  previous: { clauses: readonly PolicyClause[]; facts: readonly PolicyFact[] },
  clauses: readonly PolicyClause[],
): PolicyFact[] => {
  const officer = previous.facts
    .filter((f) => f.origin === 'officer')
    .map((f) => {
      const old = previous.clauses.find((c) => c.id === f.clauseId);
      const at = old?.start ?? -1;
      const clause =
        clauses.find((c) => c.id === f.clauseId && c.start === at) ??
        clauses.find((c) => c.start <= at && at < Math.max(c.end, c.start + 1));
      if (!clause || clause.ref === '')
        throw new FactInputError('clauseId', 'errors.policy.officerFactClause');
      return { ...f, clauseId: clause.id, ref: clause.ref };
    });
  const yielded = fresh.map((f) =>
    f.accepted && officer.some((o) => o.accepted && clashes(f, o)) ? { ...f, accepted: false } : f,
  );
  return withLawCourtFlags([...yielded, ...officer]);
};
