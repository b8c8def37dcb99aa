import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../../shared/domain/organisation';
import { Badge } from '../../components/Layout';
import { TruncatedText } from '../../components/TruncatedText';
import { showText } from '../../i18n/format';

interface OrganisationTableProps {
  items: readonly Organisation[];
  busy: boolean;
  currentId: number | null;
  onOpen: (id: number) => void;
}

/** One page of the organisations list. */
export function OrganisationTable({ items, busy, currentId, onOpen }: OrganisationTableProps) {
  const { t } = useTranslation();
  return (
    <div className={busy ? 'table-wrap is-busy' : 'table-wrap'}>
      <table className="data-table" aria-label={t('organisations.tableLabel')} aria-busy={busy}>
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
          {items.map((o) => (
            <tr key={o.id} onClick={() => onOpen(o.id)}>
              <td>
                <button
                  type="button"
                  className="link-button row-link"
                  onClick={(e) => {
                    e.stopPropagation();
                    onOpen(o.id);
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
                <TruncatedText text={showText(o.responsibleName)} maxWidth="28ch" />
                {o.responsiblePosition && (
                  <div className="muted small">
                    <TruncatedText text={o.responsiblePosition} maxWidth="28ch" />
                  </div>
                )}
              </td>
              <td>
                <span className="badge-row">
                  {o.archivedAt ? (
                    <Badge>{t('common.archivedBadge')}</Badge>
                  ) : (
                    <Badge tone="success">{t('organisations.stateActive')}</Badge>
                  )}
                  {o.id === currentId && <Badge tone="info">{t('organisations.current')}</Badge>}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
