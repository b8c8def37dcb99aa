import type { Jurisdiction } from '../domain/common';
import type { InstructionChecklist, RecipientData, RegisterProblem } from '../domain/recipient';
import { isCrossBorder } from './crossBorder';
import { missingRequisites, needsInstruction } from './instructionRequisites';

export interface ProblemFacts {
  contractNumber: string;
  hasContractFile: boolean;
  contractEndDate: string;
  instruction: InstructionChecklist;
  reviewDate: string;
  country: string;
  transferNoticeDate: string;
  subjectNoticeDate: string;
  role: RecipientData['role'];
  status: RecipientData['status'];
}

export interface ProblemContext {
  jurisdiction: Jurisdiction;
  /** The user's local date; '' disables the date rules. */
  today: string;
}

/**
 * One problem of the register: its id and the rule in plain TypeScript. Each rule is mirrored by
 * one SQL condition in the recipients repository (`PROBLEM_SQL`, a record keyed by the same ids, so
 * a new rule does not compile without its SQL), and a test keeps the two equal on varied data.
 */
export interface ProblemRule {
  id: RegisterProblem;
  applies: (facts: ProblemFacts, context: ProblemContext) => boolean;
}

const hasContract = (f: ProblemFacts) => f.contractNumber !== '' || f.hasContractFile;

/**
 * - noContract: a processor or an independent operator with no contract on file (a state body acts
 *   by law);
 * - instructionIncomplete: a processor whose contract lacks a requisite of the operator's law
 *   (shared/recipients/instructionRequisites.ts);
 * - contractEnded: the contract's end date has passed while the recipient is still active;
 * - reviewOverdue: the review date has passed;
 * - noTransferNotice: a foreign recipient with no transfer notice (RU/KZ: to the regulator; KG: to
 *   the subjects under Government Decree No. 759).
 */
export const PROBLEM_RULES: readonly ProblemRule[] = [
  { id: 'noContract', applies: (f) => f.role !== 'stateBody' && !hasContract(f) },
  {
    id: 'instructionIncomplete',
    applies: (f, c) =>
      needsInstruction(f.role) &&
      hasContract(f) &&
      missingRequisites(c.jurisdiction, f.instruction).length > 0,
  },
  {
    id: 'contractEnded',
    applies: (f, c) =>
      f.status === 'active' && f.contractEndDate !== '' && c.today !== '' && f.contractEndDate < c.today,
  },
  { id: 'reviewOverdue', applies: (f, c) => f.reviewDate !== '' && c.today !== '' && f.reviewDate < c.today },
  {
    id: 'noTransferNotice',
    applies: (f, c) =>
      isCrossBorder(c.jurisdiction, f.country) &&
      (c.jurisdiction === 'KG' ? f.subjectNoticeDate : f.transferNoticeDate) === '',
  },
];

/** The problems of one recipient, in the order of PROBLEM_RULES. */
export const recipientProblems = (
  facts: ProblemFacts,
  jurisdiction: Jurisdiction,
  today: string,
): RegisterProblem[] =>
  PROBLEM_RULES.filter((rule) => rule.applies(facts, { jurisdiction, today })).map((rule) => rule.id);
