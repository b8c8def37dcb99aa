import { Plus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../../components/Field';
import { EmptyState, PageHeader } from '../../../components/Layout';
import { ListPageBody } from '../../../components/list/ListPage';
import { useQuery } from '../../../hooks/useQuery';
import { asLang, showNumber } from '../../../i18n/format';
import { useCurrentOrganisation } from '../../../shell/appData';
import { useNavigate } from '../../../shell/routes';
import '../breaches.css';
import { BreachTable } from './BreachTable';

const LIMIT = 50;

/** The incident log: newest first, with each incident's nearest notification clock. */
export function BreachList() {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const navigate = useNavigate();
  const organisation = useCurrentOrganisation();
  const [allOrganisations, setAllOrganisations] = useState(false);
  const [offset, setOffset] = useState(0);
  const query = { organisationId: allOrganisations ? null : organisation.id, offset, limit: LIMIT };
  const list = useQuery(`breaches:${JSON.stringify(query)}`, (api) => api.breaches.list(query));
  const page = list.data;
  const register = (
    <button
      type="button"
      className="btn btn-primary"
      disabled={organisation.archivedAt !== null}
      onClick={() => navigate({ page: 'breachNew' })}
    >
      <Plus size={15} aria-hidden="true" />
      {t('breaches.list.register')}
    </button>
  );

  return (
    <div className="page page-breaches">
      <PageHeader
        title={t('breaches.list.title')}
        subtitle={
          <>
            {allOrganisations ? t('breaches.list.allOrganisations') : organisation.name}
            {page && ` · ${t('breaches.list.found', { formatted: showNumber(page.total, lang) })}`}
          </>
        }
        actions={register}
      />
      <div className="filters">
        <Checkbox
          label={t('breaches.list.allOrganisations')}
          checked={allOrganisations}
          onChange={(e) => {
            setAllOrganisations(e.target.checked);
            setOffset(0);
          }}
        />
      </div>
      <ListPageBody
        list={list}
        offset={offset}
        onOffsetChange={setOffset}
        empty={
          <EmptyState
            title={t('breaches.list.emptyTitle')}
            text={t('breaches.list.emptyText')}
            action={register}
          />
        }
        table={(items, busy) => (
          <BreachTable items={items} busy={busy} onOpen={(id) => navigate({ page: 'breach', id })} />
        )}
      />
    </div>
  );
}
