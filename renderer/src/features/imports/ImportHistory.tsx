import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportHistoryStatus } from '../../../../shared/domain/importHistoryQuery';
import { EmptyState } from '../../components/Layout';
import { ListPageBody } from '../../components/list/ListPage';
import { useListSearch } from '../../components/list/useListSearch';
import { useQuery } from '../../hooks/useQuery';
import { asLang, showNumber } from '../../i18n/format';
import { ImportHistoryFilters } from './ImportHistoryFilters';
import { ImportHistoryTable } from './ImportHistoryTable';

interface ImportHistoryProps {
  organisationId: number;
  onShowRejections: (importId: number, fileName: string) => void;
}

const PAGE_SIZE = 20;

interface HistoryView {
  status: ImportHistoryStatus | '';
  search: string;
  offset: number;
}

const initialView: HistoryView = { status: '', search: '', offset: 0 };

/**
 * The organisation's imports, newest first, paged and filtered by the main process, from the shared
 * query cache: a start, an undo or an import that ends (its job's final event) invalidates it.
 */
export function ImportHistory({ organisationId, onShowRejections }: ImportHistoryProps) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const [view, setView] = useState(initialView);
  const search = useListSearch(view.search, (text) => setView((v) => ({ ...v, search: text, offset: 0 })));
  const query = {
    organisationId,
    status: view.status,
    search: view.search.trim(),
    offset: view.offset,
    limit: PAGE_SIZE,
  };
  const list = useQuery(`imports:page:${JSON.stringify(query)}`, (api) => api.imports.page(query));
  const filtered = view.status !== '' || search.text.trim() !== '';
  const reset = () => {
    search.clear();
    setView(initialView);
  };

  return (
    <>
      {(filtered || (list.data?.total ?? 0) > 0) && (
        <ImportHistoryFilters
          status={view.status}
          onStatusChange={(status) => setView((v) => ({ ...v, status, offset: 0 }))}
          searchText={search.text}
          onSearchChange={search.change}
          onReset={filtered ? reset : undefined}
        />
      )}
      {list.data && list.data.total > 0 && (
        <p className="muted" role="status">
          {t('listPages.importHistory.found', { formatted: showNumber(list.data.total, lang) })}
        </p>
      )}
      <ListPageBody
        list={list}
        offset={view.offset}
        onOffsetChange={(offset) => setView((v) => ({ ...v, offset }))}
        pagerLabel={t('listPages.importHistory.pager')}
        pagerOnlyWhenPaged
        empty={
          filtered ? (
            <EmptyState
              title={t('listPages.importHistory.noMatchesTitle')}
              text={t('listPages.importHistory.noMatchesText')}
              action={
                <button type="button" className="btn" onClick={reset}>
                  {t('listPages.importHistory.reset')}
                </button>
              }
            />
          ) : (
            <p className="muted">{t('ledger.history.empty')}</p>
          )
        }
        table={(items, busy) => (
          <ImportHistoryTable items={items} busy={busy} onShowRejections={onShowRejections} />
        )}
      />
    </>
  );
}
