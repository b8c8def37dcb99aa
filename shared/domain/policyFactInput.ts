import { z } from 'zod';
import { Id, Jurisdiction, msg } from './common';
import { PeriodUnit, PurposeKind, type PolicyFactType } from './policy';
import { DataCategory, RecipientType } from './recipient';

export const POLICY_FACT_TYPES = [
  'dataCategory',
  'purpose',
  'consentPurpose',
  'recipientKind',
  'stateBodyCountry',
  'claimProcedure',
  'claimPeriod',
  'blockingPromise',
  'informingPromise',
  'retention',
  'applicableLaw',
  'courts',
] as const satisfies readonly PolicyFactType[];

/** The values each kind of fact may take; a claim period takes an amount and a unit instead. */
export const FACT_VALUES: Record<PolicyFactType, readonly string[]> = {
  dataCategory: DataCategory.options,
  purpose: PurposeKind.options,
  consentPurpose: PurposeKind.options,
  recipientKind: RecipientType.options,
  stateBodyCountry: Jurisdiction.options,
  claimProcedure: ['mandatory'],
  claimPeriod: [],
  blockingPromise: ['onRequest'],
  informingPromise: ['lossOrDisclosure'],
  retention: ['unlimited', 'limited'],
  applicableLaw: Jurisdiction.options,
  courts: [...Jurisdiction.options, 'unspecified'],
};

/** Kinds a policy states once: a second accepted fact of the kind would contradict the first. */
export const SINGLE_FACT_TYPES: readonly PolicyFactType[] = [
  'stateBodyCountry',
  'claimProcedure',
  'claimPeriod',
  'blockingPromise',
  'informingPromise',
  'retention',
  'applicableLaw',
  'courts',
];

/** A claim period the officer types: whole days, weeks or months, at most a year's worth. */
export const CLAIM_PERIOD_MAX = 366;

/**
 * A fact the officer states for a clause of a draft (the form's fields; the main process checks the
 * same schema, then that the clause is in the version and the fact does not repeat another).
 */
export const PolicyFactFields = z
  .object({
    type: z.enum(POLICY_FACT_TYPES, { error: msg.choose }),
    value: z.string().default(''),
    /** Digits as typed (claim period only). */
    amount: z.string().trim().default(''),
    unit: PeriodUnit.or(z.literal('')).default(''),
    clauseId: z.string({ error: msg.choose }).trim().min(1, { error: msg.choose }),
  })
  .superRefine((f, ctx) => {
    if (f.type === 'claimPeriod') {
      const amount = /^\d{1,3}$/.test(f.amount) ? Number(f.amount) : 0;
      if (amount < 1 || amount > CLAIM_PERIOD_MAX)
        ctx.addIssue({ code: 'custom', path: ['amount'], message: 'validation.policy.factAmount' });
      if (f.unit === '') ctx.addIssue({ code: 'custom', path: ['unit'], message: msg.choose });
    } else if (!FACT_VALUES[f.type].includes(f.value)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: msg.choose });
    }
  });
export type PolicyFactFields = z.input<typeof PolicyFactFields>;
/** The fields as checked (what the main process works with). */
export type PolicyFactValues = z.output<typeof PolicyFactFields>;

/**
 * Save an officer's fact on a draft. `factId`: null adds a fact; the id of an officer's fact changes
 * it; the id of an extracted fact corrects it (that fact is rejected, the new one cites it).
 */
export const PolicySaveFact = z.object({
  versionId: Id,
  factId: z.string().nullable(),
  fact: PolicyFactFields,
});
export type PolicySaveFact = z.input<typeof PolicySaveFact>;

export const PolicyRemoveFact = z.object({ versionId: Id, factId: z.string() });
