import { useTranslation } from 'react-i18next';
import { EmptyState, PageHeader } from '../../../components/Layout';
import { ListPageBody } from '../../../components/list/ListPage';
import { useListSearch } from '../../../components/list/useListSearch';
import { useQuery } from '../../../hooks/useQuery';
import { asLang, showNumber } from '../../../i18n/format';
import { useCurrentOrganisation } from '../../../shell/appData';
import { useNavigate } from '../../../shell/routes';
import '../correspondence.css';
import './inbox.css';
import { InboxFilters } from './InboxFilters';
import { InboxTable } from './InboxTable';
import { InboxToolbar } from './InboxToolbar';
import { inboxQuery, initialInboxFilters, narrowsInbox, useInboxView, type InboxSort } from './inboxView';

/** The incoming register («Обращения»): server paging, filters, full-text search, journals. */
export function InboxPage() {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const organisation = useCurrentOrganisation();
  const navigate = useNavigate();
  const [view, setView] = useInboxView();
  const search = useListSearch(view.filters.search, (text) =>
    setView((v) => ({ ...v, filters: { ...v.filters, search: text }, offset: 0 })),
  );
  const query = inboxQuery(view, organisation.id);
  const list = useQuery(`inbox:${JSON.stringify(query)}`, (api) => api.correspondence.list(query));

  const resetFilters = () => {
    search.clear();
    setView((v) => ({ ...v, filters: { ...initialInboxFilters, scope: v.filters.scope }, offset: 0 }));
  };

  const sortBy = (column: InboxSort) =>
    setView((v) => ({
      ...v,
      sort: column,
      direction: v.sort === column && v.direction === 'asc' ? 'desc' : 'asc',
      offset: 0,
    }));

  const page = list.data;
  const filtered = narrowsInbox(view.filters) || search.text.trim() !== '';
  const scopeName =
    view.filters.scope === 'current'
      ? organisation.name
      : view.filters.scope === 'all'
        ? t('correspondence.inbox.filters.allOrganisations')
        : undefined;
  const register = () => navigate({ page: 'correspondenceNew' });

  return (
    <div className="page page-inbox">
      <PageHeader
        title={t('correspondence.inbox.title')}
        subtitle={
          <>
            {scopeName}
            {page && (
              <>
                {scopeName && ' · '}
                <span>{t('correspondence.inbox.found', { formatted: showNumber(page.total, lang) })}</span>
              </>
            )}
          </>
        }
        actions={<InboxToolbar archived={organisation.archivedAt !== null} onRegister={register} />}
      />
      <InboxFilters
        filters={view.filters}
        searchText={search.text}
        onSearchChange={search.change}
        onChange={(filters) => setView((v) => ({ ...v, filters, offset: 0 }))}
        onReset={resetFilters}
        canReset={filtered}
      />
      <ListPageBody
        list={list}
        offset={view.offset}
        onOffsetChange={(offset) => setView((v) => ({ ...v, offset }))}
        empty={
          <EmptyState
            title={filtered ? t('correspondence.inbox.noMatchesTitle') : t('correspondence.inbox.emptyTitle')}
            text={filtered ? t('correspondence.inbox.noMatchesText') : t('correspondence.inbox.emptyText')}
            action={
              filtered ? (
                <button type="button" className="btn" onClick={resetFilters}>
                  {t('correspondence.inbox.filters.reset')}
                </button>
              ) : (
                <button
                  type="button"
                  className="btn btn-primary"
                  disabled={organisation.archivedAt !== null}
                  onClick={register}
                >
                  {t('correspondence.inbox.register')}
                </button>
              )
            }
          />
        }
        table={(items, busy) => (
          <InboxTable
            items={items}
            sort={view.sort}
            direction={view.direction}
            onSort={sortBy}
            onOpen={(id) => navigate({ page: 'correspondenceItem', id })}
            showOrganisation={view.filters.scope !== 'current'}
            busy={busy}
          />
        )}
      />
    </div>
  );
}
