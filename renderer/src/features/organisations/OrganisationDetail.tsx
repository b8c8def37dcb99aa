import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Badge, ErrorBlock, Loading, PageHeader, Section } from '../../components/Layout';
import { useToast } from '../../components/Toast';
import { useAction } from '../../hooks/useAction';
import { useQuery } from '../../hooks/useQuery';
import { useAppData } from '../../shell/appData';
import { useNavigate } from '../../shell/routes';
import { AuditHistory } from '../audit/AuditHistory';
import { OrganisationSections } from './OrganisationSections';

export function OrganisationDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { notify, showError } = useToast();
  const { currentOrganisation, refresh, updateSettings } = useAppData();
  const organisation = useQuery(`organisation:${id}`, (api) => api.organisations.get({ id }));
  const [confirm, setConfirm] = useState<'archive' | 'restore' | null>(null);
  const { busy, run } = useAction();
  const back = { label: t('organisations.backToList'), onClick: () => navigate({ page: 'organisations' }) };

  if (organisation.error) {
    return (
      <div className="page">
        <PageHeader title={t('organisations.title')} back={back} />
        <ErrorBlock error={organisation.error} onRetry={organisation.reload} />
      </div>
    );
  }
  const o = organisation.data;
  if (!o) return <Loading />;
  const archived = o.archivedAt !== null;
  const isCurrent = currentOrganisation?.id === o.id;

  const setArchived = async (archive: boolean) => {
    const result = await run((api) =>
      archive ? api.organisations.archive({ id }) : api.organisations.restore({ id }),
    );
    setConfirm(null);
    if (!result.ok) return;
    notify(archive ? t('organisations.archived') : t('organisations.restored'));
    await refresh();
  };

  const makeCurrent = async () => {
    const result = await updateSettings({ currentOrganisationId: o.id });
    if (result.ok) notify(t('organisations.switched', { name: o.name }), 'info');
    else showError(result.error);
  };

  return (
    <div className="page page-detail">
      <PageHeader
        title={o.name}
        back={back}
        subtitle={
          <span className="badge-row">
            <span>{t(`labels.jurisdiction.${o.jurisdiction}`)}</span>
            {isCurrent && <Badge tone="info">{t('organisations.isCurrent')}</Badge>}
            {archived && <Badge>{t('common.archivedBadge')}</Badge>}
          </span>
        }
        actions={
          <>
            <button
              type="button"
              className="btn btn-primary"
              disabled={archived}
              onClick={() => navigate({ page: 'organisationEdit', id })}
            >
              {t('common.edit')}
            </button>
            {!isCurrent && !archived && (
              <button type="button" className="btn" onClick={() => void makeCurrent()}>
                {t('organisations.makeCurrent')}
              </button>
            )}
            {archived ? (
              <button type="button" className="btn" onClick={() => setConfirm('restore')}>
                {t('common.restoreFromArchive')}
              </button>
            ) : (
              <button type="button" className="btn" onClick={() => setConfirm('archive')}>
                {t('common.archive')}
              </button>
            )}
          </>
        }
      />
      {archived && <p className="notice">{t('organisations.archivedNotice')}</p>}
      <OrganisationSections organisation={o} />
      <Section title={t('audit.history.title')}>
        <AuditHistory entity="organisation" entityId={id} />
      </Section>
      {confirm && (
        <ConfirmDialog
          title={
            confirm === 'archive'
              ? t('organisations.confirmArchiveTitle')
              : t('organisations.confirmRestoreTitle')
          }
          confirmLabel={confirm === 'archive' ? t('common.archive') : t('common.restoreFromArchive')}
          danger={confirm === 'archive'}
          busy={busy}
          onClose={() => setConfirm(null)}
          onConfirm={() => void setArchived(confirm === 'archive')}
        >
          <p>
            {confirm === 'archive'
              ? t('organisations.confirmArchiveText')
              : t('organisations.confirmRestoreText')}
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
