import { Ban } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { CorrespondenceStatus } from '../../../../shared/domain/correspondence';
import { Badge } from '../../components/Layout';

const tone = {
  registered: 'info',
  inReview: 'info',
  answerDrafted: 'info',
  answered: 'success',
  closed: 'neutral',
  extended: 'warning',
  paused: 'warning',
} as const satisfies Record<CorrespondenceStatus, string>;

export function StatusBadge({ status }: { status: CorrespondenceStatus }) {
  const { t } = useTranslation();
  return <Badge tone={tone[status]}>{t(`correspondence.status.${status}`)}</Badge>;
}

/** The sender's data is blocked (a blocking request, 152-FZ art. 21 p. 1): shown wherever the sender is. */
export function BlockedBadge() {
  const { t } = useTranslation();
  return (
    <span className="badge badge-danger blocked-badge" title={t('correspondence.blocked.hint')}>
      <Ban size={12} aria-hidden="true" />
      {t('correspondence.blocked.badge')}
    </span>
  );
}
