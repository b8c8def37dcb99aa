import { Plus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, PageHeader } from '../../components/Layout';
import { ListPageBody } from '../../components/list/ListPage';
import { useListSearch } from '../../components/list/useListSearch';
import { useQuery } from '../../hooks/useQuery';
import { asLang, showNumber } from '../../i18n/format';
import { useAppData } from '../../shell/appData';
import { useNavigate } from '../../shell/routes';
import { OrganisationFilters } from './OrganisationFilters';
import { OrganisationTable } from './OrganisationTable';

const PAGE_SIZE = 25;

interface OrganisationView {
  includeArchived: boolean;
  search: string;
  offset: number;
}

// The view outlives the page (back from an organisation card restores it).
let kept: OrganisationView = { includeArchived: false, search: '', offset: 0 };

/** The organisations: searched and paged by the main process, ordered by name. */
export function OrganisationList() {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const navigate = useNavigate();
  const { currentOrganisation } = useAppData();
  const [view, setViewState] = useState(kept);
  const setView = (update: (v: OrganisationView) => OrganisationView) =>
    setViewState((v) => (kept = update(v)));
  const search = useListSearch(view.search, (text) => setView((v) => ({ ...v, search: text, offset: 0 })));
  const query = { ...view, search: view.search.trim(), limit: PAGE_SIZE };
  const list = useQuery(`organisations:page:${JSON.stringify(query)}`, (api) =>
    api.organisations.page(query),
  );
  const searching = search.text.trim() !== '';
  const reset = () => {
    search.clear();
    setView((v) => ({ ...v, search: '', offset: 0 }));
  };
  const add = (
    <button type="button" className="btn btn-primary" onClick={() => navigate({ page: 'organisationNew' })}>
      <Plus size={15} aria-hidden="true" />
      {t('organisations.add')}
    </button>
  );

  return (
    <div className="page">
      <PageHeader
        title={t('organisations.title')}
        subtitle={
          list.data && t('listPages.organisations.found', { formatted: showNumber(list.data.total, lang) })
        }
        actions={add}
      />
      <OrganisationFilters
        searchText={search.text}
        onSearchChange={search.change}
        includeArchived={view.includeArchived}
        onIncludeArchivedChange={(includeArchived) => setView((v) => ({ ...v, includeArchived, offset: 0 }))}
        onReset={searching ? reset : undefined}
      />
      <ListPageBody
        list={list}
        offset={view.offset}
        onOffsetChange={(offset) => setView((v) => ({ ...v, offset }))}
        pagerLabel={t('listPages.organisations.pager')}
        empty={
          searching ? (
            <EmptyState
              title={t('listPages.organisations.noMatchesTitle')}
              text={t('listPages.organisations.noMatchesText')}
              action={
                <button type="button" className="btn" onClick={reset}>
                  {t('listPages.organisations.reset')}
                </button>
              }
            />
          ) : (
            <EmptyState title={t('organisations.empty')} action={add} />
          )
        }
        table={(items, busy) => (
          <OrganisationTable
            items={items}
            busy={busy}
            currentId={currentOrganisation?.id ?? null}
            onOpen={(id) => navigate({ page: 'organisation', id })}
          />
        )}
      />
    </div>
  );
}
