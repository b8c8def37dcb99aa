import type { Jurisdiction } from '../domain/common';
import type { CorrespondenceKind } from '../domain/correspondence';
import type { DeadlineKind, DeadlineRule } from '../deadlines';

/** The policy's claim rule: 30 calendar days, cited as the organisation's policy clause. */
export const POLICY_CLAIM_RULE_ID = 'any.claim.policy';

/** The Policy's written-answer period for a request kind with no statutory rule in the country. */
export const POLICY_REQUEST_RULE_ID = 'any.request.policy';

/** Deadline kinds of the rule table that may govern an incoming item of each kind. */
const DEADLINE_KINDS: Record<CorrespondenceKind, readonly DeadlineKind[]> = {
  claim: ['claim'],
  access: ['access'],
  correction: ['correction'],
  blocking: ['blocking'],
  deletion: ['deletion', 'unlawfulProcessing'],
  consentWithdrawal: ['consentWithdrawal'],
  objection: ['objection'],
  regulatorRequest: ['regulatorRequest'],
  other: [],
};

export interface RuleChoice {
  rule: DeadlineRule;
  /** The rule used when the user picks none. */
  isDefault: boolean;
  /**
   * No statutory rule for this kind in the organisation's country (e.g. KZ correction, KG blocking,
   * "other"): the Policy's written-answer period applies (`any.request.policy`, marked verify).
   */
  fallback: boolean;
}

/**
 * Rules that fit an item of `kind` for an organisation in `jurisdiction`, in the table's order. Hour
 * periods (breach notices) and opt-in rules never apply to correspondence. When several fit (a KZ
 * claim: the policy's 30 days or the consumer law's 10 days), the user chooses; the default is the
 * policy's claim rule for claims and the first statutory rule otherwise (the table's order: RU
 * deletion on the subject's demand, art. 20 p. 3, before the unlawful-processing rules). When none
 * fits, the Policy's request rule is offered as a fallback — never a rule titled as a claim.
 */
export const ruleChoices = (
  rules: readonly DeadlineRule[],
  kind: CorrespondenceKind,
  jurisdiction: Jurisdiction,
): RuleChoice[] => {
  const kinds = DEADLINE_KINDS[kind];
  const fitting = rules.filter(
    (r) =>
      kinds.includes(r.kind) &&
      (r.jurisdiction === jurisdiction || r.jurisdiction === 'ANY') &&
      r.unit !== 'hours' &&
      !r.optional,
  );
  if (fitting.length > 0) {
    const preferred = fitting.find((r) => r.id === POLICY_CLAIM_RULE_ID) ?? fitting[0];
    return fitting.map((rule) => ({ rule, isDefault: rule === preferred, fallback: false }));
  }
  const fallbackId = kind === 'claim' ? POLICY_CLAIM_RULE_ID : POLICY_REQUEST_RULE_ID;
  const policy = rules.find((r) => r.id === fallbackId);
  return policy ? [{ rule: policy, isDefault: true, fallback: true }] : [];
};

/** The chosen rule (by id, empty for the default); null when the id does not fit the kind. */
export const chooseRule = (
  rules: readonly DeadlineRule[],
  kind: CorrespondenceKind,
  jurisdiction: Jurisdiction,
  ruleId: string,
): RuleChoice | null => {
  const choices = ruleChoices(rules, kind, jurisdiction);
  return (
    (ruleId === '' ? choices.find((c) => c.isDefault) : choices.find((c) => c.rule.id === ruleId)) ?? null
  );
};
