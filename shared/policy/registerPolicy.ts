import { z } from 'zod';
import { Jurisdiction } from '../domain/common';
import { PurposeKind, type PolicyFact } from '../domain/policy';
import { DataCategory, RecipientType } from '../domain/recipient';
import { PURPOSE_TERMS } from './vocabulary/purposes';
import { valuesIn } from './vocabulary/types';

/**
 * What the register is held against: the accepted facts of the confirmed policy version in force,
 * with the clauses that state them. Stored with the version when it is confirmed (the SQL filter
 * reads the same columns), so one confirmed version gives one answer in SQL and in TypeScript.
 */
export const RegisterPolicy = z.object({
  versionId: z.number().int(),
  effectiveDate: z.string(),
  /** Kinds the policy allows; empty: the policy names none, so the kind is not checked. */
  recipientKinds: z.array(RecipientType),
  recipientKindsRef: z.string(),
  stateCountry: Jurisdiction.nullable(),
  stateCountryRef: z.string(),
  dataCategories: z.array(DataCategory),
  dataCategoriesRef: z.string(),
  purposeKinds: z.array(PurposeKind),
  purposesRef: z.string(),
  consentKinds: z.array(PurposeKind),
  consentRef: z.string(),
});
export type RegisterPolicy = z.infer<typeof RegisterPolicy>;

/** «3.2.1, 3.2.2, 3.3» → «3.2, 3.3»: items of one list are cited by the list's clause. */
export const citedRefs = (refs: readonly string[]): string => {
  const parentOf = (ref: string) =>
    /^\d+(\.\d+){2,}$/.test(ref) ? ref.slice(0, ref.lastIndexOf('.')) : null;
  const siblings = new Map<string, number>();
  for (const ref of new Set(refs)) {
    const parent = parentOf(ref);
    if (parent) siblings.set(parent, (siblings.get(parent) ?? 0) + 1);
  }
  const cited = refs.map((ref) => {
    const parent = parentOf(ref);
    return parent && (siblings.get(parent) ?? 0) > 1 ? parent : ref;
  });
  return [...new Set(cited)].join(', ');
};

const uniqueRefs = (facts: readonly PolicyFact[]): string => citedRefs(facts.map((f) => f.ref));

export const registerPolicyOf = (
  versionId: number,
  effectiveDate: string,
  allFacts: readonly PolicyFact[],
): RegisterPolicy => {
  const facts = allFacts.filter((f) => f.accepted);
  const of = <T extends PolicyFact['type']>(type: T) =>
    facts.filter((f): f is Extract<PolicyFact, { type: T }> => f.type === type);
  const state = of('stateBodyCountry')[0] ?? null;
  const consent = of('consentPurpose');
  return {
    versionId,
    effectiveDate,
    recipientKinds: of('recipientKind').map((f) => f.value),
    recipientKindsRef: uniqueRefs(of('recipientKind')),
    stateCountry: state?.value ?? null,
    stateCountryRef: state?.ref ?? '',
    dataCategories: of('dataCategory').map((f) => f.value),
    dataCategoriesRef: uniqueRefs(of('dataCategory')),
    purposeKinds: of('purpose').map((f) => f.value),
    purposesRef: uniqueRefs(of('purpose')),
    consentKinds: consent.map((f) => f.value),
    // The exact clauses that require consent, not their list.
    consentRef: [...new Set(consent.filter((f) => CONSENT_GATED.includes(f.value)).map((f) => f.ref))].join(
      ', ',
    ),
  };
};

/** Purposes for which an analytics/advertising recipient needs the subject's consent, when the policy says so. */
export const CONSENT_GATED: readonly PurposeKind[] = ['advertising', 'marketing', 'analytics'];

/** A recipient's «Цели передачи» read with the policy's purpose vocabulary. */
export const classifyPurposes = (text: string): PurposeKind[] => valuesIn(PURPOSE_TERMS, text);
