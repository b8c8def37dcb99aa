import { useTranslation } from 'react-i18next';
import type { PolicyFinding, RecipientProblem } from '../../../../shared/domain/recipient';
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

interface ProblemBadgesProps {
  problems: readonly RecipientProblem[];
  /** Policy-versus-register findings: their badges name the clause of the policy. */
  findings?: readonly PolicyFinding[];
}

export function ProblemBadges({ problems, findings = [] }: ProblemBadgesProps) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  const label = (p: RecipientProblem) => {
    const finding = findings.find((f) => f.problem === p);
    const text = t(`labels.recipientProblem.${p}`);
    return finding?.ref ? t('policies.problemRef', { problem: text, ref: finding.ref }) : text;
  };
  return (
    <ul className="badge-list">
      {problems.map((p) => (
        <li key={p}>
          <Badge tone={tone[p]}>{label(p)}</Badge>
        </li>
      ))}
    </ul>
  );
}
