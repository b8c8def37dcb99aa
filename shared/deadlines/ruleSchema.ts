/**
 * Deadline rules (resources/rules/deadline-rules.json): the legal periods as data, each with its
 * citation. The main process parses the file with `DeadlineRules` on load.
 */
import { z } from 'zod';

export const RuleJurisdiction = z.enum(['KG', 'KZ', 'RU', 'ANY']);
export type RuleJurisdiction = z.infer<typeof RuleJurisdiction>;

export const DeadlineKind = z.enum([
  'claim',
  'access',
  'refusal',
  'correction',
  'blocking',
  'deletion',
  'consentWithdrawal',
  'objection',
  'regulatorRequest',
  'unlawfulProcessing',
  'breachNotice',
  /** The fallback written answer to any request with no statutory period (any.request.policy). */
  'request',
]);
export type DeadlineKind = z.infer<typeof DeadlineKind>;

export const DeadlineUnit = z.enum(['calendarDays', 'workingDays', 'weeks', 'months', 'hours', 'immediate']);
export type DeadlineUnit = z.infer<typeof DeadlineUnit>;

/** The event that starts the period. */
export const StartEvent = z.enum(['received', 'sent', 'detected', 'proofReceived', 'purposeAchieved']);
export type StartEvent = z.infer<typeof StartEvent>;

export const ExtensionUnit = z.enum(['calendarDays', 'workingDays', 'weeks', 'months']);
export type ExtensionUnit = z.infer<typeof ExtensionUnit>;

/** The placeholder in a citation that the organisation's policy clause number replaces. */
export const POLICY_CLAUSE_PLACEHOLDER = '{policyClause}';

const text = z.string().trim().min(1);

export const DeadlineRule = z
  .object({
    id: z.string().regex(/^(any|ru|kz|kg)(\.[A-Za-z0-9]+)+$/),
    jurisdiction: RuleJurisdiction,
    kind: DeadlineKind,
    variant: z.string().trim().min(1).optional(),
    amount: z.number().int().min(0),
    unit: DeadlineUnit,
    startEvent: StartEvent,
    /** The longest allowed extension, granted case by case (e.g. +5 working days with a reasoned notice). */
    extension: z
      .object({ amount: z.number().int().positive(), unit: ExtensionUnit, condition: text })
      .optional(),
    /** Legal source in Russian, as printed in answers; may contain {policyClause}. */
    citation: text,
    citationEn: text,
    titleRu: text,
    titleEn: text,
    /** For `immediate` rules: how long the state lasts («на период проверки»). */
    whileRu: text.optional(),
    whileEn: text.optional(),
    /** The amount may be changed in settings within these bounds (e.g. an internal breach target). */
    configurable: z.object({ min: z.number().int().positive(), max: z.number().int().positive() }).optional(),
    /** Opt-in rule (e.g. GDPR) that the organisation switches on. */
    optional: z.boolean().default(false),
    /** True when not confirmed at the primary source: shown to the user as "verify". */
    verify: z.boolean(),
    note: z.string().optional(),
  })
  .superRefine((rule, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (rule.unit === 'immediate' && rule.amount !== 0) issue('amount', 'an immediate rule has amount 0');
    if (rule.unit !== 'immediate' && rule.amount === 0) issue('amount', 'amount must be positive');
    if (rule.unit === 'hours' && rule.extension) issue('extension', 'hour periods are not extended');
    if (rule.configurable) {
      const { min, max } = rule.configurable;
      if (min > max || rule.amount < min || rule.amount > max)
        issue('configurable', 'amount outside min..max');
    }
    if (rule.unit === 'immediate' && !rule.whileRu)
      issue('whileRu', 'an immediate rule says how long it lasts');
    if (!rule.id.startsWith(rule.jurisdiction.toLowerCase())) issue('id', 'id starts with the jurisdiction');
  });
export type DeadlineRule = z.output<typeof DeadlineRule>;
export type DeadlineRuleInput = z.input<typeof DeadlineRule>;

export const DeadlineRules = z.array(DeadlineRule).superRefine((rules, ctx) => {
  const seen = new Set<string>();
  rules.forEach((rule, i) => {
    if (seen.has(rule.id))
      ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id ${rule.id}` });
    seen.add(rule.id);
  });
});

/** The citation with the organisation's policy clause filled in; null when a needed clause is missing. */
export const renderCitation = (template: string, policyClause: string | undefined): string | null => {
  if (!template.includes(POLICY_CLAUSE_PLACEHOLDER)) return template;
  const clause = policyClause?.trim();
  return clause ? template.split(POLICY_CLAUSE_PLACEHOLDER).join(clause) : null;
};
