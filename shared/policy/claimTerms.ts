import { z } from 'zod';
import { PeriodUnit, type PolicyVersion } from '../domain/policy';
import { POLICY_CLAIM_RULE_ID } from '../correspondence/kindRules';
import type { DeadlineRule } from '../deadlines';
import { formatDateRu } from '../format/date';
import { quoteText } from './clauseText';

/** What the policy in force says about answering claims. */
export const PolicyClaimTerms = z.discriminatedUnion('state', [
  /** No confirmed policy: the organisation's typed clause number and the rule table's 30 days apply. */
  z.object({ state: z.literal('noPolicy') }),
  /** The policy sets the period: it and its clause govern the claim rule. */
  z.object({
    state: z.literal('period'),
    versionId: z.number().int(),
    effectiveDate: z.string(),
    ref: z.string(),
    amount: z.number().int(),
    unit: PeriodUnit,
    quote: z.string(),
  }),
  /** The policy sets no period: the statute's claim rule applies (the clause of the procedure is still cited). */
  z.object({
    state: z.literal('noPeriod'),
    versionId: z.number().int(),
    effectiveDate: z.string(),
    ref: z.string(),
  }),
]);
export type PolicyClaimTerms = z.infer<typeof PolicyClaimTerms>;

export const claimTermsOf = (version: PolicyVersion | null): PolicyClaimTerms => {
  if (!version) return { state: 'noPolicy' };
  const accepted = version.facts.filter((f) => f.accepted);
  const period = accepted.find((f) => f.type === 'claimPeriod');
  if (period?.type === 'claimPeriod') {
    const clause = version.clauses.find((c) => c.id === period.clauseId);
    return {
      state: 'period',
      versionId: version.id,
      effectiveDate: version.effectiveDate,
      ref: period.ref,
      amount: period.amount,
      unit: period.unit,
      quote: quoteText(clause?.text ?? period.quote),
    };
  }
  const procedure = accepted.find((f) => f.type === 'claimProcedure');
  return {
    state: 'noPeriod',
    versionId: version.id,
    effectiveDate: version.effectiveDate,
    ref: procedure?.ref ?? '',
  };
};

/**
 * The deadline rules with the policy's claim terms plugged into the policy claim rule (the rule
 * table itself is untouched): its period and unit come from the policy when it states them; when it
 * does not, the rule is no longer offered for claims where a statute has one (`optional` keeps it out
 * of the choices; kinds with no statutory rule still fall back to it) and says why.
 */
export const applyPolicyClaim = (rules: readonly DeadlineRule[], terms: PolicyClaimTerms): DeadlineRule[] =>
  rules.map((rule) => {
    if (rule.id !== POLICY_CLAIM_RULE_ID || terms.state === 'noPolicy') return rule;
    const edition = `ред. от ${formatDateRu(terms.effectiveDate)}`;
    if (terms.state === 'period') {
      return {
        ...rule,
        amount: terms.amount,
        unit: terms.unit,
        titleRu: `Письменный ответ на претензию (срок по п. ${terms.ref} Политики, ${edition})`,
        titleEn: `Written answer to a claim (period of clause ${terms.ref} of the Policy, version of ${terms.effectiveDate})`,
        verify: false,
      };
    }
    return {
      ...rule,
      optional: true,
      verify: true,
      titleRu: `Письменный ответ на претензию: Политика (${edition}) срок не устанавливает — применяется срок закона; ${rule.amount} дней здесь только ориентир`,
      titleEn: `Written answer to a claim: the Policy (version of ${terms.effectiveDate}) sets no period — the statutory period applies; ${rule.amount} days is only a guide here`,
    };
  });

/** The clause cited as {policyClause}: the policy's, else the number typed in the organisation's card. */
export const claimClauseOf = (terms: PolicyClaimTerms, typedClause: string): string =>
  terms.state === 'noPolicy' ? typedClause : terms.ref;
