import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/domain/app';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorBlock, Loading } from '../components/Layout';
import { StandaloneFrame } from '../components/StandaloneFrame';
import { BackupTable } from '../features/backups/BackupTable';
import { useAction } from '../hooks/useAction';
import { useQuery } from '../hooks/useQuery';
import { fieldMessage } from '../i18n/messages';

/** The database could not be opened at start: the reason, the backups, or a fresh start. */
export function RecoveryPage({ info }: { info: AppInfo }) {
  const { t } = useTranslation();
  const backups = useQuery('backups', (api) => api.backups.list());
  const { busy, run } = useAction();
  const [confirmFresh, setConfirmFresh] = useState(false);
  const startFresh = async () => {
    const result = await run((api) => api.recovery.startFresh());
    if (result.ok) window.location.reload();
    else setConfirmFresh(false);
  };
  return (
    <StandaloneFrame>
      <header className="page-header">
        <div className="page-heading">
          <h1 tabIndex={-1}>{t('recovery.title')}</h1>
        </div>
      </header>
      <div className="error-block" role="alert">
        <p>
          <strong>{fieldMessage(t, info.integrity.message, 'recoveryReasons.damaged')}</strong>
        </p>
        <p>{t('recovery.lead')}</p>
        {info.integrity.reference && (
          <p className="muted">{t('recoveryPage.reference', { reference: info.integrity.reference })}</p>
        )}
      </div>
      <p className="path-line">
        <span className="muted">{t('backups.dataDir')}: </span>
        <code>{info.dataDir}</code>
      </p>
      <h2>{t('recovery.backups')}</h2>
      {backups.error && <ErrorBlock error={backups.error} onRetry={backups.reload} />}
      {!backups.error && !backups.data && <Loading />}
      {backups.data && <BackupTable backups={backups.data} />}
      <div className="button-row">
        <button type="button" className="btn" disabled={busy} onClick={() => setConfirmFresh(true)}>
          {t('recoveryPage.startFresh')}
        </button>
      </div>
      {confirmFresh && (
        <ConfirmDialog
          title={t('recoveryPage.startFreshTitle')}
          confirmLabel={t('recoveryPage.startFresh')}
          busy={busy}
          danger
          onClose={() => setConfirmFresh(false)}
          onConfirm={() => void startFresh()}
        >
          <p>{t('recoveryPage.startFreshText')}</p>
        </ConfirmDialog>
      )}
    </StandaloneFrame>
  );
}
