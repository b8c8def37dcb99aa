import { useTranslation } from 'react-i18next';
import type { PolicyFinding, RecipientProblem } from '../../../../shared/domain/recipient';
import { Badge } from '../../components/Layout';

const tone: Record<RecipientProblem, 'warning' | 'danger'> = {
  noContract: 'warning',
  reviewOverdue: 'danger',
  noTransferNotice: 'warning',
  instructionIncomplete: 'warning',
  contractEnded: 'danger',
  policyKind: 'danger',
  policyStateCountry: 'danger',
  policyConsent: 'danger',
  policyData: 'warning',
  policyPurpose: 'warning',
};

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
