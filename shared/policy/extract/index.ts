import type { Jurisdiction } from '../../domain/common';
import type { PolicyClause, PolicyFact, UnrecognisedItem } from '../../domain/policy';
import { extractDataCategories, extractPurposes } from './dataAndPurposes';
import { FactList } from './factList';
import {
  extractBlockingAndInforming,
  extractClaim,
  extractLawAndCourts,
  extractRetention,
} from './obligations';
import { extractRecipientKinds } from './recipients';

/**
 * Reads the facts a compliance officer needs from the clauses (rule-based, Russian and Kazakh
 * vocabularies in ../vocabulary): data categories, purposes and which need consent, recipient kinds
 * and the country of state bodies, the claim procedure and period, blocking and informing promises,
 * retention, applicable law and courts. Each fact cites its clause; what it could not read is listed
 * in `unrecognised` instead of being guessed.
 */
export const extractFacts = (
  clauses: readonly PolicyClause[],
  jurisdiction: Jurisdiction,
): { facts: PolicyFact[]; unrecognised: UnrecognisedItem[] } => {
  const list = new FactList();
  const citable = clauses.filter((c) => c.ref !== '' || c.heading);
  extractDataCategories(citable, list);
  extractPurposes(citable, list);
  extractRecipientKinds(citable, list);
  extractClaim(citable, list);
  extractBlockingAndInforming(citable, list);
  extractRetention(citable, list);
  extractLawAndCourts(citable, list, jurisdiction);
  return { facts: list.facts, unrecognised: list.unrecognised };
};
