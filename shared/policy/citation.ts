import type { CorrespondenceKind } from '../domain/correspondence';
import type { PolicyFactType, PolicyVersion } from '../domain/policy';
import { formatDateRu } from '../format/date';
import { quoteText } from './clauseText';

/** The policy version a letter cites and the clause it quotes. */
export interface PolicyCitation {
  versionId: number;
  title: string;
  effectiveDate: string;
  quoted: { ref: string; text: string } | null;
}

/** Which promise of the policy a letter of each kind rests on (the first accepted fact found). */
const QUOTED: Partial<Record<CorrespondenceKind, readonly PolicyFactType[]>> = {
  claim: ['claimPeriod', 'claimProcedure'],
  blocking: ['blockingPromise'],
  correction: ['blockingPromise'],
};

export const policyCitationFor = (
  version: PolicyVersion | null,
  kind: CorrespondenceKind,
): PolicyCitation | null => {
  if (!version) return null;
  const fact = (QUOTED[kind] ?? [])
    .map((type) => version.facts.find((f) => f.type === type && f.accepted))
    .find((f) => f !== undefined);
  const clause = fact ? version.clauses.find((c) => c.id === fact.clauseId) : undefined;
  return {
    versionId: version.id,
    title: version.title,
    effectiveDate: version.effectiveDate,
    quoted: fact && clause ? { ref: fact.ref, text: quoteText(clause.text) } : null,
  };
};

/** «Политика конфиденциальности (ред. от 01.03.2025)». */
export const policyEdition = (c: Pick<PolicyCitation, 'title' | 'effectiveDate'>): string =>
  `${c.title} (ред. от ${formatDateRu(c.effectiveDate)})`;

/** «Согласно п. 8.2 Политики конфиденциальности (ред. от 01.03.2025): «Получатель претензии …»». */
export const policyQuoteSentence = (c: PolicyCitation): string =>
  c.quoted
    ? `Согласно п. ${c.quoted.ref} ${policyEditionGenitive(c)}: «${c.quoted.text.replace(/[«»]/g, '"')}»`
    : '';

const policyEditionGenitive = (c: Pick<PolicyCitation, 'effectiveDate'>): string =>
  `Политики конфиденциальности (ред. от ${formatDateRu(c.effectiveDate)})`;
