import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/domain/app';
import { ErrorBlock, Loading } from '../components/Layout';
import { StandaloneFrame } from '../components/StandaloneFrame';
import { BackupTable } from '../features/backups/BackupTable';
import { useQuery } from '../hooks/useQuery';

/** The integrity check at start-up failed: explain, and offer the backups. */
export function RecoveryPage({ info }: { info: AppInfo }) {
  const { t } = useTranslation();
  const backups = useQuery('backups', (api) => api.backups.list());
  return (
    <StandaloneFrame>
      <header className="page-header">
        <div className="page-heading">
          <h1 tabIndex={-1}>{t('recovery.title')}</h1>
        </div>
      </header>
      <div className="error-block" role="alert">
        <p>{t('recovery.lead')}</p>
        <p>
          <strong>{t('recovery.message')}: </strong>
          <span className="mono">{info.integrity.message}</span>
        </p>
      </div>
      <p className="path-line">
        <span className="muted">{t('backups.dataDir')}: </span>
        <code>{info.dataDir}</code>
      </p>
      <h2>{t('recovery.backups')}</h2>
      {backups.error && <ErrorBlock error={backups.error} onRetry={backups.reload} />}
      {!backups.error && !backups.data && <Loading />}
      {backups.data && <BackupTable backups={backups.data} />}
    </StandaloneFrame>
  );
}
