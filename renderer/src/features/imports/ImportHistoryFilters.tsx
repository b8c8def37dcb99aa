import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportHistoryStatus } from '../../../../shared/domain/importHistoryQuery';
import { SearchFilter } from '../../components/list/SearchFilter';

interface ImportHistoryFiltersProps {
  status: ImportHistoryStatus | '';
  onStatusChange: (status: ImportHistoryStatus | '') => void;
  searchText: string;
  onSearchChange: (text: string) => void;
  /** Absent while nothing narrows the history. */
  onReset?: () => void;
}

/** The import history's filters: a fragment of the file name and the import's state. */
export function ImportHistoryFilters(props: ImportHistoryFiltersProps) {
  const { status, onStatusChange, searchText, onSearchChange, onReset } = props;
  const { t } = useTranslation();
  const ids = { status: useId() };
  return (
    <div role="search" className="filters" aria-label={t('listPages.importHistory.filtersLabel')}>
      <SearchFilter
        label={t('listPages.importHistory.search')}
        placeholder={t('listPages.importHistory.searchPlaceholder')}
        value={searchText}
        onChange={onSearchChange}
      />
      <div className="filter">
        <label htmlFor={ids.status} className="filter-label">
          {t('listPages.importHistory.status')}
        </label>
        <select
          id={ids.status}
          value={status}
          onChange={(e) => {
            const parsed = ImportHistoryStatus.safeParse(e.target.value);
            onStatusChange(parsed.success ? parsed.data : '');
          }}
        >
          <option value="">{t('listPages.importHistory.anyStatus')}</option>
          {ImportHistoryStatus.options.map((s) => (
            <option key={s} value={s}>
              {t(`ledger.history.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {onReset && (
        <button type="button" className="btn btn-small btn-ghost filter-reset" onClick={onReset}>
          {t('listPages.importHistory.reset')}
        </button>
      )}
    </div>
  );
}
