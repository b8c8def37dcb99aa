import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScopeSubjectsQuery } from '../../../../../shared/domain/breachScope';
import { ListPageBody } from '../../../components/list/ListPage';
import { TruncatedText } from '../../../components/TruncatedText';
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
  return (
    <ListPageBody
      list={page}
      offset={offset}
      onOffsetChange={setOffset}
      pagerLabel={label}
      empty={<p className="muted">{t('breaches.scope.noSubjects')}</p>}
      table={(items, busy) => (
        <div className={busy ? 'table-wrap is-busy' : 'table-wrap'}>
          <table className="data-table is-static" aria-label={label} aria-busy={busy}>
            <thead>
              <tr>
                <th scope="col">{t('breaches.scope.columns.name')}</th>
                <th scope="col">{t('breaches.scope.columns.phones')}</th>
                <th scope="col">{t('breaches.scope.columns.emails')}</th>
                <th scope="col">{t('breaches.scope.columns.address')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((s) => (
                <tr key={s.id}>
                  <td>{showText(s.fullName)}</td>
                  <td>{showText(s.phones.join(', '))}</td>
                  <td>
                    <TruncatedText text={showText(s.emails.join(', '))} maxWidth="30ch" />
                  </td>
                  <td>
                    <TruncatedText text={showText(s.address)} maxWidth="36ch" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    />
  );
}
