import { z } from 'zod';
import { ById } from '../../domain/common';
import {
  PolicyEditClauses,
  PolicyList,
  PolicyLoadFile,
  PolicyLoadText,
  PolicySetFact,
  PolicyVersion,
  PolicyVersionRef,
  PolicyVersionSummary,
} from '../../domain/policy';
import { PolicyRemoveFact, PolicySaveFact } from '../../domain/policyFactInput';
import { PolicyClaimTerms } from '../../policy/claimTerms';
import { PolicyChanges } from '../../domain/policyChanges';

/**
 * Privacy policy versions per organisation: loaded from a file or pasted text, split into clauses,
 * read for facts, fixed and confirmed by the officer. A loaded text is never edited; a confirmed
 * version is frozen. Every write is audited (entity policyVersion). Errors: `errors.policy.*`.
 */
export const policiesContract = {
  /** Versions of the organisation, newest first (without texts). */
  'policies:list': { input: PolicyList, output: z.array(PolicyVersionSummary) },
  'policies:get': { input: ById, output: PolicyVersion },
  /** Opens the file dialog (DOCX, PDF with a text layer, HTML, TXT, MD); null when cancelled. */
  'policies:loadFile': { input: PolicyLoadFile, output: PolicyVersion.nullable() },
  'policies:loadText': { input: PolicyLoadText, output: PolicyVersion },
  /** Split, merge or renumber a clause of a draft; facts are read again. */
  'policies:editClauses': { input: PolicyEditClauses, output: PolicyVersion },
  /** Accept or reject one extracted fact of a draft. */
  'policies:setFact': { input: PolicySetFact, output: PolicyVersion },
  /** Add, change or correct (an extracted one) a fact stated by the officer, citing a clause of a draft. */
  'policies:saveFact': { input: PolicySaveFact, output: PolicyVersion },
  /** Remove an officer's own fact from a draft. */
  'policies:removeFact': { input: PolicyRemoveFact, output: PolicyVersion },
  'policies:confirm': { input: PolicyVersionRef, output: PolicyVersion },
  'policies:withdraw': { input: PolicyVersionRef, output: PolicyVersion },
  /** What the policy in force says about the claim period (shown next to the claim rule). */
  'policies:claimTerms': { input: PolicyList, output: PolicyClaimTerms },
  /** Clause-by-clause difference against the confirmed version before it, and what it affects. */
  'policies:changes': { input: PolicyVersionRef, output: PolicyChanges },
} as const;
