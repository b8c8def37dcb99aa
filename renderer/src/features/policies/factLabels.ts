import type { TFunction } from 'i18next';
import type { FactArea, PolicyFact, PolicyFactType } from '../../../../shared/domain/policy';
import { POLICY_FACT_TYPES } from '../../../../shared/domain/policyFactInput';

export const AREAS: readonly FactArea[] = [
  'dataCategories',
  'purposes',
  'recipients',
  'claim',
  'blocking',
  'informing',
  'retention',
  'law',
  'courts',
];

export const areaOf = (fact: PolicyFact): FactArea => {
  switch (fact.type) {
    case 'dataCategory':
      return 'dataCategories';
    case 'purpose':
    case 'consentPurpose':
      return 'purposes';
    case 'recipientKind':
    case 'stateBodyCountry':
      return 'recipients';
    case 'claimProcedure':
    case 'claimPeriod':
      return 'claim';
    case 'blockingPromise':
      return 'blocking';
    case 'informingPromise':
      return 'informing';
    case 'retention':
      return 'retention';
    case 'applicableLaw':
      return 'law';
    case 'courts':
      return 'courts';
  }
};

/** The kinds of fact listed under an area (what the officer may add there). */
export const factTypesOf = (area: FactArea): PolicyFactType[] =>
  POLICY_FACT_TYPES.filter((type) => areaOf({ type } as PolicyFact) === area);

/** What a fact says, in the UI language. */
export const factLabel = (t: TFunction, fact: PolicyFact): string => {
  const tr = t as unknown as (key: string, options?: Record<string, string>) => string;
  const country = (code: string) => tr(`labels.jurisdiction.${code}`);
  switch (fact.type) {
    case 'dataCategory':
      return tr(`labels.dataCategory.${fact.value}`);
    case 'purpose':
      return tr(`policies.purposeKind.${fact.value}`);
    case 'consentPurpose':
      return `${tr(`policies.purposeKind.${fact.value}`)} — ${tr('policies.facts.consent')}`;
    case 'recipientKind':
      return tr(`labels.recipientType.${fact.value}`);
    case 'stateBodyCountry':
      return tr('policies.facts.stateBodyCountry', { country: country(fact.value) });
    case 'claimProcedure':
      return tr('policies.facts.claimProcedure');
    case 'claimPeriod':
      return tr('policies.facts.claimPeriod', { value: fact.value });
    case 'blockingPromise':
      return tr('policies.facts.blockingPromise');
    case 'informingPromise':
      return tr('policies.facts.informingPromise');
    case 'retention':
      return tr(`policies.facts.retention.${fact.value}`);
    case 'applicableLaw':
      return tr('policies.facts.applicableLaw', { country: country(fact.value) });
    case 'courts':
      return fact.value === 'unspecified'
        ? tr('policies.facts.courtsUnspecified')
        : tr('policies.facts.courts', { country: country(fact.value) });
  }
};
