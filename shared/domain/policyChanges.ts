import { z } from 'zod';
import { Id } from './common';
import { PolicyProblem } from './recipient';
import { ClauseChange } from '../policy/policyDiff';
import { PolicyClaimTerms } from '../policy/claimTerms';

/** Documents that cite the policy, and which of its clauses each one quotes. */
export const CitingDocument = z.enum(['claimAnswer', 'blockingAnswer', 'breachNotice', 'transferNotice']);
export type CitingDocument = z.infer<typeof CitingDocument>;

/**
 * What a version changes against the confirmed version before it: the clauses, the recipients whose
 * policy problems change, the claim rule, and the letters whose cited clause moves or changes.
 */
export const PolicyChanges = z.object({
  previous: z
    .object({ id: Id, seq: z.number().int(), effectiveDate: z.string(), title: z.string() })
    .nullable(),
  clauses: z.array(ClauseChange),
  recipients: z.array(
    z.object({
      id: Id,
      legalName: z.string(),
      before: z.array(PolicyProblem),
      after: z.array(PolicyProblem),
    }),
  ),
  claimRule: z.object({ before: PolicyClaimTerms, after: PolicyClaimTerms }).nullable(),
  documents: z.array(
    z.object({
      document: CitingDocument,
      beforeRef: z.string(),
      afterRef: z.string(),
      textChanged: z.boolean(),
    }),
  ),
});
export type PolicyChanges = z.infer<typeof PolicyChanges>;
