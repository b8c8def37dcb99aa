import type { PolicyFinding, PurposeKind } from '../domain/policy';
import type { DataCategory, LegalBasis, RecipientType } from '../domain/recipient';
import { CONSENT_GATED, type RegisterPolicy } from './registerPolicy';

export interface RecipientPolicyFacts {
  type: RecipientType;
  country: string;
  legalBasis: LegalBasis;
  dataCategories: readonly DataCategory[];
  purposeKinds: readonly PurposeKind[];
}

/**
 * The policy-versus-register check: a recipient of a kind the policy does not allow; a state body of
 * another country than the one the policy names; an analytics/advertising recipient not based on
 * consent where the policy makes such purposes need consent; data categories the policy does not
 * collect; purposes outside the policy's. The SQL filter in policyProblemsSql.ts mirrors this
 * function (a parity test keeps them equal).
 */
export const policyFindings = (r: RecipientPolicyFacts, p: RegisterPolicy | null): PolicyFinding[] => {
  if (!p) return [];
  const out: PolicyFinding[] = [];
  if (p.recipientKinds.length > 0 && !p.recipientKinds.includes(r.type)) {
    out.push({ problem: 'policyKind', ref: p.recipientKindsRef, items: [r.type] });
  }
  if (r.type === 'state' && p.stateCountry !== null && r.country !== p.stateCountry) {
    out.push({ problem: 'policyStateCountry', ref: p.stateCountryRef, items: [r.country] });
  }
  if (
    r.type === 'analytics' &&
    r.legalBasis !== 'consent' &&
    p.consentKinds.some((k) => CONSENT_GATED.includes(k))
  ) {
    out.push({ problem: 'policyConsent', ref: p.consentRef, items: [r.legalBasis] });
  }
  const data =
    p.dataCategories.length > 0 ? r.dataCategories.filter((c) => !p.dataCategories.includes(c)) : [];
  if (data.length > 0) out.push({ problem: 'policyData', ref: p.dataCategoriesRef, items: data });
  const purposes = p.purposeKinds.length > 0 ? r.purposeKinds.filter((k) => !p.purposeKinds.includes(k)) : [];
  if (purposes.length > 0) out.push({ problem: 'policyPurpose', ref: p.purposesRef, items: purposes });
  return out;
};
