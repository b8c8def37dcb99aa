import { useTranslation } from 'react-i18next';
import type { PolicyVersionSummary } from '../../../../shared/domain/policy';
import { showDate, showInstant } from '../../i18n/format';
import { PolicyStatusBadges } from './PolicyStatusBadges';

interface PolicyVersionTableProps {
  versions: readonly PolicyVersionSummary[];
  onOpen: (id: number) => void;
}

export function PolicyVersionTable({ versions, onOpen }: PolicyVersionTableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="data-table is-static" aria-label={t('policies.tableLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('policies.columns.seq')}</th>
            <th scope="col">{t('policies.columns.effectiveDate')}</th>
            <th scope="col">{t('policies.columns.status')}</th>
            <th scope="col">{t('policies.columns.source')}</th>
            <th scope="col">{t('policies.columns.clauses')}</th>
            <th scope="col">{t('policies.columns.loaded')}</th>
            <th scope="col">{t('policies.columns.sha256')}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.id}>
              <td>{v.seq}</td>
              <td>
                <button type="button" className="link-button" onClick={() => onOpen(v.id)}>
                  {t('policies.version.title', { seq: String(v.seq), date: showDate(v.effectiveDate) })}
                </button>
                <div className="muted">{v.title}</div>
              </td>
              <td>
                <PolicyStatusBadges status={v.status} inForce={v.inForce} />
              </td>
              <td>{v.sourceKind === 'pasted' ? t('policies.pasted') : v.fileName}</td>
              <td>{v.clauseCount}</td>
              <td>
                {v.loadedByPerson || v.loadedByOs}
                <div className="muted">{showInstant(v.loadedAt)}</div>
              </td>
              <td>
                <code className="hash" title={v.sourceSha256}>
                  {v.sourceSha256.slice(0, 12)}…
                </code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
