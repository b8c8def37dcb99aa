import { useTranslation } from 'react-i18next';
import type { BreachStatus } from '../../../../shared/domain/breach';
import { Badge } from '../../components/Layout';

const tone = { open: 'danger', contained: 'warning', notified: 'info', closed: 'neutral' } as const;

export function BreachStatusBadge({ status }: { status: BreachStatus }) {
  const { t } = useTranslation();
  return <Badge tone={tone[status]}>{t(`breaches.status.${status}`)}</Badge>;
}
