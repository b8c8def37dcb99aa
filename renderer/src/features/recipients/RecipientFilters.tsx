import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RecipientStatus } from '../../../../shared/domain/recipient';
import { countries } from '../../../../shared/i18n/countries';
import { Checkbox } from '../../components/Field';
import { asLang } from '../../i18n/format';
import type { RegisterFilters } from './registerView';
import { TypeFilter } from './TypeFilter';
import { SearchFilter } from '../../components/list/SearchFilter';

interface RecipientFiltersProps {
  filters: RegisterFilters;
  searchText: string;
  onSearchChange: (text: string) => void;
  onChange: (filters: RegisterFilters) => void;
  onReset: () => void;
  canReset: boolean;
}

export function RecipientFilters(props: RecipientFiltersProps) {
  const { filters, searchText, onSearchChange, onChange, onReset, canReset } = props;
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const ids = { country: useId(), status: useId(), crossBorder: useId() };
  const set = <K extends keyof RegisterFilters>(key: K, value: RegisterFilters[K]) =>
    onChange({ ...filters, [key]: value });
  const sortedCountries = [...countries].sort((a, b) => a[lang].localeCompare(b[lang], lang));

  return (
    <div role="search" className="filters" aria-label={t('register.filters.label')}>
      <SearchFilter
        label={t('register.search')}
        placeholder={t('register.searchPlaceholder')}
        value={searchText}
        onChange={onSearchChange}
      />
      <TypeFilter value={filters.types} onChange={(types) => set('types', types)} />
      <div className="filter">
        <label htmlFor={ids.country} className="filter-label">
          {t('register.filters.country')}
        </label>
        <select id={ids.country} value={filters.country} onChange={(e) => set('country', e.target.value)}>
          <option value="">{t('register.filters.any')}</option>
          {sortedCountries.map((c) => (
            <option key={c.code} value={c.code}>
              {c[lang]}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor={ids.status} className="filter-label">
          {t('register.filters.status')}
        </label>
        <select
          id={ids.status}
          value={filters.status}
          onChange={(e) => {
            const parsed = RecipientStatus.safeParse(e.target.value);
            set('status', parsed.success ? parsed.data : '');
          }}
        >
          <option value="">{t('register.filters.any')}</option>
          {RecipientStatus.options.map((s) => (
            <option key={s} value={s}>
              {t(`labels.recipientStatus.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor={ids.crossBorder} className="filter-label">
          {t('register.filters.crossBorder')}
        </label>
        <select
          id={ids.crossBorder}
          value={filters.crossBorder}
          onChange={(e) =>
            set('crossBorder', e.target.value === 'yes' ? 'yes' : e.target.value === 'no' ? 'no' : '')
          }
        >
          <option value="">{t('register.filters.any')}</option>
          <option value="yes">{t('register.filters.yes')}</option>
          <option value="no">{t('register.filters.no')}</option>
        </select>
      </div>
      <div className="filter filter-checks">
        <Checkbox
          label={t('register.filters.problemsOnly')}
          checked={filters.problemsOnly}
          onChange={(e) => set('problemsOnly', e.target.checked)}
        />
        <Checkbox
          label={t('desktop.register.reviewDue')}
          checked={filters.reviewDue}
          onChange={(e) => set('reviewDue', e.target.checked)}
        />
        <Checkbox
          label={t('register.filters.archived')}
          checked={filters.archived}
          onChange={(e) => set('archived', e.target.checked)}
        />
      </div>
      {canReset && (
        <button type="button" className="btn btn-small btn-ghost filter-reset" onClick={onReset}>
          {t('register.filters.reset')}
        </button>
      )}
    </div>
  );
}
