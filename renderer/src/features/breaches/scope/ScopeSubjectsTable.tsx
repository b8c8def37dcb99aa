import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScopeSubjectsQuery } from '../../../../../shared/domain/breachScope';
import { ErrorBlock, Loading } from '../../../components/Layout';
import { Pager } from '../../../components/Pager';
import { useQuery } from '../../../hooks/useQuery';
import { showText } from '../../../i18n/format';

const LIMIT = 20;

interface ScopeSubjectsTableProps {
  query: Omit<ScopeSubjectsQuery, 'offset' | 'limit'>;
  label: string;
}

/** A page of affected subjects: name, phones, e-mails, address. */
export function ScopeSubjectsTable({ query, label }: ScopeSubjectsTableProps) {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const full = { ...query, offset, limit: LIMIT };
  const page = useQuery(`scopeSubjects:${JSON.stringify(full)}`, (api) => api.breaches.scopeSubjects(full));
  if (page.error) return <ErrorBlock error={page.error} onRetry={page.reload} />;
  if (!page.data) return <Loading />;
  if (page.data.total === 0) return <p className="muted">{t('breaches.scope.noSubjects')}</p>;
  return (
    <>
      <div className="table-wrap">
        <table className="data-table is-static" aria-label={label} aria-busy={page.loading}>
          <thead>
            <tr>
              <th scope="col">{t('breaches.scope.columns.name')}</th>
              <th scope="col">{t('breaches.scope.columns.phones')}</th>
              <th scope="col">{t('breaches.scope.columns.emails')}</th>
              <th scope="col">{t('breaches.scope.columns.address')}</th>
            </tr>
          </thead>
          <tbody>
            {page.data.items.map((s) => (
              <tr key={s.id}>
                <td>{showText(s.fullName)}</td>
                <td>{showText(s.phones.join(', '))}</td>
                <td>{showText(s.emails.join(', '))}</td>
                <td>{showText(s.address)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager
        total={page.data.total}
        offset={offset}
        limit={page.data.limit}
        onChange={setOffset}
        label={label}
      />
    </>
  );
}
