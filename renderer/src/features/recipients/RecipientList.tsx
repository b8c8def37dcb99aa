import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../../shared/format/date';
import { EmptyState, PageHeader } from '../../components/Layout';
import { ListPageBody } from '../../components/list/ListPage';
import { useListSearch } from '../../components/list/useListSearch';
import { useRowSelection } from '../../components/list/useRowSelection';
import { useQuery } from '../../hooks/useQuery';
import { asLang, showNumber } from '../../i18n/format';
import { useCurrentOrganisation } from '../../shell/appData';
import { useNavigate } from '../../shell/routes';
import { RecipientFilters } from './RecipientFilters';
import { RecipientTable } from './RecipientTable';
import { RegisterBulkBar } from './RegisterBulkBar';
import { RegisterToolbar } from './RegisterToolbar';
import {
  initialFilters,
  narrowsList,
  registerQuery,
  type RegisterFilters,
  type RegisterSort,
  type RegisterView,
  type RegisterViewUpdate,
} from './registerView';

interface RecipientListProps {
  view: RegisterView;
  onViewChange: (update: RegisterViewUpdate) => void;
}

/** The register: server-side search, filters, sorting and paging (fast with tens of thousands of rows). */
export function RecipientList({ view, onViewChange }: RecipientListProps) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const organisation = useCurrentOrganisation();
  const navigate = useNavigate();
  const search = useListSearch(view.filters.search, (text) =>
    onViewChange((v) => ({ ...v, filters: { ...v.filters, search: text }, offset: 0 })),
  );
  const searchText = search.text;

  const query = registerQuery(view, organisation.id);
  const list = useQuery(JSON.stringify(query), (api) =>
    api.recipients.list({ ...query, today: localIsoDate(new Date()) }),
  );

  const changeFilters = (filters: RegisterFilters) => onViewChange((v) => ({ ...v, filters, offset: 0 }));

  const resetFilters = () => {
    search.clear();
    onViewChange((v) => ({ ...v, filters: { ...initialFilters, archived: v.filters.archived }, offset: 0 }));
  };

  const sortBy = (column: RegisterSort) =>
    onViewChange((v) => ({
      ...v,
      sort: column,
      direction: v.sort === column && v.direction === 'asc' ? 'desc' : 'asc',
      offset: 0,
    }));

  const page = list.data;
  const selection = useRowSelection(JSON.stringify(query));
  const canSelect = !view.filters.archived && organisation.archivedAt === null;
  const selectedInOrder = (page?.items ?? []).filter((r) => selection.selected.has(r.id)).map((r) => r.id);
  const filtered = narrowsList(view.filters) || searchText.trim() !== '';

  return (
    <div className="page page-register">
      <PageHeader
        title={t('register.title')}
        subtitle={
          <>
            {organisation.name}
            {page && (
              <>
                {' · '}
                <span>{t('register.found', { formatted: showNumber(page.total, lang) })}</span>
              </>
            )}
          </>
        }
        actions={
          <RegisterToolbar organisationId={organisation.id} archived={organisation.archivedAt !== null} />
        }
      />
      {organisation.archivedAt && <p className="notice">{t('organisations.archivedNotice')}</p>}
      <RecipientFilters
        filters={view.filters}
        searchText={searchText}
        onSearchChange={search.change}
        onChange={changeFilters}
        onReset={resetFilters}
        canReset={filtered && (page?.total ?? 0) > 0}
      />
      {canSelect && selectedInOrder.length > 0 && (
        <RegisterBulkBar organisationId={organisation.id} ids={selectedInOrder} onDone={selection.clear} />
      )}
      <ListPageBody
        list={list}
        offset={view.offset}
        onOffsetChange={(offset) => onViewChange((v) => ({ ...v, offset }))}
        empty={
          <EmptyState
            title={
              filtered
                ? t('register.noMatchesTitle')
                : view.filters.archived
                  ? t('register.emptyArchivedTitle')
                  : t('register.emptyTitle')
            }
            text={
              filtered
                ? t('register.noMatchesText')
                : view.filters.archived
                  ? undefined
                  : t('register.emptyText')
            }
            action={
              filtered ? (
                <button type="button" className="btn" onClick={resetFilters}>
                  {t('register.filters.reset')}
                </button>
              ) : view.filters.archived ? undefined : (
                <button
                  type="button"
                  className="btn btn-primary"
                  disabled={organisation.archivedAt !== null}
                  onClick={() => navigate({ page: 'recipientNew' })}
                >
                  {t('register.add')}
                </button>
              )
            }
          />
        }
        table={(items, busy) => (
          <RecipientTable
            items={items}
            sort={view.sort}
            direction={view.direction}
            onSort={sortBy}
            onOpen={(id) => navigate({ page: 'recipient', id })}
            busy={busy}
            selection={canSelect ? selection : undefined}
          />
        )}
      />
    </div>
  );
}
