import { useTranslation } from 'react-i18next';
import type { SeverityBand } from '../../../../../shared/domain/breachSeverity';
import { Badge } from '../../../components/Layout';

const tone = { low: 'success', medium: 'info', high: 'warning', veryHigh: 'danger' } as const;

export function BandBadge({ band }: { band: SeverityBand | null }) {
  const { t } = useTranslation();
  if (band === null) return <Badge>{t('breaches.severity.notAssessed')}</Badge>;
  return <Badge tone={tone[band]}>{t(`breaches.severity.band.${band}`)}</Badge>;
}
