import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../components/Field';
import { SearchFilter } from '../../components/list/SearchFilter';

interface OrganisationFiltersProps {
  searchText: string;
  onSearchChange: (text: string) => void;
  includeArchived: boolean;
  onIncludeArchivedChange: (includeArchived: boolean) => void;
  /** Absent while nothing is searched. */
  onReset?: () => void;
}

/** Search by name or registration number, and the archived organisations shown or not. */
export function OrganisationFilters(props: OrganisationFiltersProps) {
  const { searchText, onSearchChange, includeArchived, onIncludeArchivedChange, onReset } = props;
  const { t } = useTranslation();
  return (
    <div role="search" className="filters" aria-label={t('listPages.organisations.filtersLabel')}>
      <SearchFilter
        label={t('listPages.organisations.search')}
        placeholder={t('listPages.organisations.searchPlaceholder')}
        value={searchText}
        onChange={onSearchChange}
      />
      <Checkbox
        label={t('organisations.showArchived')}
        checked={includeArchived}
        onChange={(e) => onIncludeArchivedChange(e.target.checked)}
      />
      {onReset && (
        <button type="button" className="btn btn-small btn-ghost filter-reset" onClick={onReset}>
          {t('listPages.organisations.reset')}
        </button>
      )}
    </div>
  );
}
