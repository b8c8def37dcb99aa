import type { Jurisdiction } from '../domain/common';
import type { RecipientData, RecipientProblem } from '../domain/recipient';
import { isCrossBorder } from './crossBorder';

export interface ProblemFacts {
  contractNumber: string;
  hasContractFile: boolean;
  reviewDate: string;
  country: string;
  transferNoticeDate: string;
  subjectNoticeDate: string;
  role: RecipientData['role'];
}

/**
 * The "problems" view: a processor/partner with no instruction or contract on file, a review date
 * that has passed, or a foreign recipient with no transfer notice (RU/KZ: notice to the regulator;
 * KG: notice to the subjects under Government Decree No. 759). State bodies act by law and need no
 * contract. The SQL filter in the recipients repository mirrors this function (tested for parity).
 */
export const recipientProblems = (
  facts: ProblemFacts,
  jurisdiction: Jurisdiction,
  today: string,
): RecipientProblem[] => {
  const problems: RecipientProblem[] = [];
  if (facts.role !== 'stateBody' && facts.contractNumber === '' && !facts.hasContractFile) {
    problems.push('noContract');
  }
  if (facts.reviewDate !== '' && today !== '' && facts.reviewDate < today) problems.push('reviewOverdue');
  if (isCrossBorder(jurisdiction, facts.country)) {
    const notice = jurisdiction === 'KG' ? facts.subjectNoticeDate : facts.transferNoticeDate;
    if (notice === '') problems.push('noTransferNotice');
  }
  return problems;
};
