import { useTranslation } from 'react-i18next';
import type { PolicyStatus } from '../../../../shared/domain/policy';
import { Badge } from '../../components/Layout';

const tone = { draft: 'warning', confirmed: 'info', withdrawn: 'neutral' } as const;

export function PolicyStatusBadges({ status, inForce }: { status: PolicyStatus; inForce: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="badge-row">
      <Badge tone={tone[status]}>{t(`policies.status.${status}`)}</Badge>
      {inForce && <Badge tone="success">{t('policies.inForce')}</Badge>}
    </span>
  );
}
