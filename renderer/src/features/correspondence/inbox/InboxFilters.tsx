import { DateInput } from '../../../components/dates/DateInput';
import { isIsoDate } from '../../../../../shared/format/dateText';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CorrespondenceKind, CorrespondenceStatus } from '../../../../../shared/domain/correspondence';
import { useAppData } from '../../../shell/appData';
import type { DueBucket, InboxFilters as Filters, OrganisationScope } from './inboxView';
import { SearchFilter } from '../../../components/list/SearchFilter';

interface InboxFiltersProps {
  filters: Filters;
  searchText: string;
  onSearchChange: (text: string) => void;
  onChange: (filters: Filters) => void;
  onReset: () => void;
  canReset: boolean;
}

const dueBuckets: readonly DueBucket[] = ['', 'overdue', 'today', 'week', 'range'];

const parseScope = (value: string): OrganisationScope =>
  value === 'current' || value === 'all' ? value : Number(value);

export function InboxFilters(props: InboxFiltersProps) {
  const { filters, searchText, onSearchChange, onChange, onReset, canReset } = props;
  const { t } = useTranslation();
  const { organisations, currentOrganisation } = useAppData();
  const ids = {
    kind: useId(),
    status: useId(),
    scope: useId(),
    due: useId(),
    from: useId(),
    to: useId(),
  };
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => onChange({ ...filters, [key]: value });
  const others = organisations.filter((o) => o.id !== currentOrganisation?.id);

  return (
    <div role="search" className="filters" aria-label={t('correspondence.inbox.filters.label')}>
      <SearchFilter
        label={t('correspondence.inbox.filters.search')}
        placeholder={t('correspondence.inbox.filters.searchPlaceholder')}
        value={searchText}
        onChange={onSearchChange}
      />
      <div className="filter">
        <label htmlFor={ids.kind} className="filter-label">
          {t('correspondence.inbox.filters.kind')}
        </label>
        <select
          id={ids.kind}
          value={filters.kind}
          onChange={(e) => {
            const parsed = CorrespondenceKind.safeParse(e.target.value);
            set('kind', parsed.success ? parsed.data : '');
          }}
        >
          <option value="">{t('correspondence.inbox.filters.any')}</option>
          {CorrespondenceKind.options.map((k) => (
            <option key={k} value={k}>
              {t(`correspondence.kindShort.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor={ids.status} className="filter-label">
          {t('correspondence.inbox.filters.status')}
        </label>
        <select
          id={ids.status}
          value={filters.status}
          onChange={(e) => {
            const parsed = CorrespondenceStatus.safeParse(e.target.value);
            set('status', parsed.success ? parsed.data : e.target.value === 'open' ? 'open' : '');
          }}
        >
          <option value="">{t('correspondence.inbox.filters.any')}</option>
          <option value="open">{t('correspondence.inbox.filters.open')}</option>
          {CorrespondenceStatus.options.map((s) => (
            <option key={s} value={s}>
              {t(`correspondence.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor={ids.due} className="filter-label">
          {t('correspondence.inbox.filters.due')}
        </label>
        <select
          id={ids.due}
          value={filters.due}
          onChange={(e) => set('due', dueBuckets.find((b) => b === e.target.value) ?? '')}
        >
          {dueBuckets.map((b) => (
            <option key={b} value={b}>
              {t(`correspondence.inbox.due.${b || 'any'}`)}
            </option>
          ))}
        </select>
      </div>
      {filters.due === 'range' && (
        <>
          <div className="filter filter-date">
            <label htmlFor={ids.from} className="filter-label">
              {t('correspondence.inbox.filters.dueFrom')}
            </label>
            <DateInput
              id={ids.from}
              value={filters.dueFrom}
              onChange={(v) => {
                if (v === '' || isIsoDate(v)) set('dueFrom', v);
              }}
            />
          </div>
          <div className="filter filter-date">
            <label htmlFor={ids.to} className="filter-label">
              {t('correspondence.inbox.filters.dueTo')}
            </label>
            <DateInput
              id={ids.to}
              value={filters.dueTo}
              onChange={(v) => {
                if (v === '' || isIsoDate(v)) set('dueTo', v);
              }}
            />
          </div>
        </>
      )}
      <div className="filter filter-wide">
        <label htmlFor={ids.scope} className="filter-label">
          {t('correspondence.inbox.filters.organisation')}
        </label>
        <select
          id={ids.scope}
          value={String(filters.scope)}
          onChange={(e) => set('scope', parseScope(e.target.value))}
        >
          <option value="current">{t('correspondence.inbox.filters.currentOrganisation')}</option>
          <option value="all">{t('correspondence.inbox.filters.allOrganisations')}</option>
          {others.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      {canReset && (
        <button type="button" className="btn btn-small btn-ghost filter-reset" onClick={onReset}>
          {t('correspondence.inbox.filters.reset')}
        </button>
      )}
    </div>
  );
}
