import { useTranslation } from 'react-i18next';
import type { PolicyClaimTerms } from '../../../../shared/policy/claimTerms';
import { useQuery } from '../../hooks/useQuery';
import { showDate } from '../../i18n/format';

/** One sentence on where the claim answer period comes from (policy clause, statute, rule table). */
export function ClaimTermsNote({ terms }: { terms: PolicyClaimTerms }) {
  const { t } = useTranslation();
  if (terms.state === 'noPolicy') return <span>{t('policies.claimTerms.noPolicy')}</span>;
  if (terms.state === 'noPeriod')
    return <span>{t('policies.claimTerms.noPeriod', { date: showDate(terms.effectiveDate) })}</span>;
  const period = `${terms.amount} ${t(`correspondence.unitNames.${terms.unit}`)}`;
  return (
    <span>
      {t('policies.claimTerms.period', { ref: terms.ref, date: showDate(terms.effectiveDate), period })}
    </span>
  );
}

/** Under the claim rule: where the claim answer period comes from, loaded for the organisation. */
export function PolicyClaimNote({ organisationId }: { organisationId: number }) {
  const terms = useQuery(`claim-terms:${organisationId}`, (api) =>
    api.policies.claimTerms({ organisationId }),
  );
  if (!terms.data) return null;
  return (
    <p className="notice notice-inline field-wide" role="note">
      <ClaimTermsNote terms={terms.data} />
    </p>
  );
}
