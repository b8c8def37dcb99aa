import { useTranslation } from 'react-i18next';
import type { RecipientProblem } from '../../../../shared/domain/recipient';
import { Badge } from '../../components/Layout';

const tone = {
  noContract: 'warning',
  reviewOverdue: 'danger',
  noTransferNotice: 'warning',
  policyKind: 'danger',
  policyStateCountry: 'danger',
  policyConsent: 'danger',
  policyData: 'warning',
  policyPurpose: 'warning',
} as const;

export function ProblemBadges({ problems }: { problems: readonly RecipientProblem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <ul className="badge-list">
      {problems.map((p) => (
        <li key={p}>
          <Badge tone={tone[p]}>{t(`labels.recipientProblem.${p}`)}</Badge>
        </li>
      ))}
    </ul>
  );
}
