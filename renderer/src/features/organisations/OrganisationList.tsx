import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../components/Field';
import { Badge, EmptyState, PageHeader } from '../../components/Layout';
import { showText } from '../../i18n/format';
import { useAppData } from '../../shell/appData';
import { useNavigate } from '../../shell/routes';

export function OrganisationList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { organisations, currentOrganisation } = useAppData();
  const [showArchived, setShowArchived] = useState(false);
  const visible = organisations
    .filter((o) => showArchived || !o.archivedAt)
    .sort((a, b) => a.name.localeCompare(b.name, 'ru'));

  return (
    <div className="page">
      <PageHeader
        title={t('organisations.title')}
        actions={
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => navigate({ page: 'organisationNew' })}
          >
            <span aria-hidden="true">+ </span>
            {t('organisations.add')}
          </button>
        }
      />
      <div className="filters filters-simple">
        <Checkbox
          label={t('organisations.showArchived')}
          checked={showArchived}
          onChange={(e) => setShowArchived(e.target.checked)}
        />
      </div>
      {visible.length === 0 ? (
        <EmptyState title={t('organisations.empty')} />
      ) : (
        <div className="table-wrap">
          <table className="data-table" aria-label={t('organisations.tableLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('organisations.columns.name')}</th>
                <th scope="col">{t('organisations.columns.registrationNumber')}</th>
                <th scope="col">{t('organisations.columns.jurisdiction')}</th>
                <th scope="col">{t('organisations.columns.responsible')}</th>
                <th scope="col">{t('organisations.columns.state')}</th>
              </tr>
            </thead>
            <tbody>
              {visible.map((o) => (
                <tr key={o.id} onClick={() => navigate({ page: 'organisation', id: o.id })}>
                  <td>
                    <button
                      type="button"
                      className="link-button row-link"
                      onClick={(e) => {
                        e.stopPropagation();
                        navigate({ page: 'organisation', id: o.id });
                      }}
                    >
                      {o.name}
                    </button>
                    {o.legalForm && <div className="muted small">{o.legalForm}</div>}
                  </td>
                  <td className="nowrap">
                    <span className="muted">{t(`organisations.regNumberLabel.${o.jurisdiction}`)} </span>
                    <span className="mono">{o.registrationNumber}</span>
                  </td>
                  <td>{t(`labels.jurisdiction.${o.jurisdiction}`)}</td>
                  <td>
                    {showText(o.responsibleName)}
                    {o.responsiblePosition && <div className="muted small">{o.responsiblePosition}</div>}
                  </td>
                  <td>
                    <span className="badge-row">
                      {o.archivedAt ? (
                        <Badge>{t('common.archivedBadge')}</Badge>
                      ) : (
                        <Badge tone="success">{t('organisations.stateActive')}</Badge>
                      )}
                      {o.id === currentOrganisation?.id && (
                        <Badge tone="info">{t('organisations.current')}</Badge>
                      )}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
