import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface SubjectSearchProps {
  value: string;
  onChange: (text: string) => void;
  tooShort: boolean;
}

/** Name, phone or e-mail; the trigram index needs three characters, which the hint says. */
export function SubjectSearch({ value, onChange, tooShort }: SubjectSearchProps) {
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
        className={tooShort ? 'search-hint search-hint-warning' : 'search-hint'}
        aria-live="polite"
      >
        {tooShort ? t('ledger.subjects.tooShort') : t('ledger.subjects.searchHint')}
      </p>
    </div>
  );
}
