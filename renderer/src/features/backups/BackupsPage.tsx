import { useTranslation } from 'react-i18next';
import { ErrorBlock, Loading, PageHeader } from '../../components/Layout';
import { useToast } from '../../components/Toast';
import { useAction } from '../../hooks/useAction';
import { useQuery } from '../../hooks/useQuery';
import { useAppData } from '../../shell/appData';
import { BackupTable } from './BackupTable';

export function BackupsPage() {
  const { t } = useTranslation();
  const { info } = useAppData();
  const { notify } = useToast();
  const backups = useQuery('backups', (api) => api.backups.list());
  const { busy, run } = useAction();

  const create = async () => {
    const result = await run((api) => api.backups.create());
    if (result.ok) {
      notify(t('backups.created', { name: result.value.fileName }));
      backups.reload();
    }
  };

  return (
    <div className="page">
      <PageHeader
        title={t('backups.title')}
        actions={
          <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void create()}>
            {t('backups.create')}
          </button>
        }
      />
      <p className="lead">{t('backups.lead')}</p>
      <p className="path-line">
        <span className="muted">{t('backups.dataDir')}: </span>
        <code>{info.dataDir}</code>
      </p>
      {backups.error && <ErrorBlock error={backups.error} onRetry={backups.reload} />}
      {!backups.error && !backups.data && <Loading />}
      {backups.data && <BackupTable backups={backups.data} />}
    </div>
  );
}
