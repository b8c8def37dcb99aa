import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** Why the look-up found less than it could: too few digits for a phone, or words too common to check all. */
export type SearchNotice = 'tooShort' | 'incomplete' | null;

interface SubjectSearchProps {
  value: string;
  onChange: (text: string) => void;
  notice: SearchNotice;
}

/** Name, phone, e-mail, order number or address; the hint says when the look-up was narrowed. */
export function SubjectSearch({ value, onChange, notice }: SubjectSearchProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = useId();
  return (
    <div role="search" className="filters filters-simple" aria-label={t('ledger.subjects.searchLabel')}>
      <div className="filter filter-search subject-search">
        <label htmlFor={id} className="filter-label">
          {t('ledger.subjects.search')}
        </label>
        <input
          id={id}
          type="search"
          value={value}
          placeholder={t('ledger.subjects.searchPlaceholder')}
          aria-describedby={hintId}
          onChange={(e) => onChange(e.target.value)}
        />
      </div>
      <p
        id={hintId}
        className={notice ? 'search-hint search-hint-warning' : 'search-hint'}
        aria-live="polite"
      >
        {notice ? t(`ledger.subjects.${notice}`) : t('ledger.subjects.searchHint')}
      </p>
    </div>
  );
}
