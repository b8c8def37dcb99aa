import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubjectListItem } from '../../../../shared/domain/ledger';
import { useQuery } from '../../hooks/useQuery';
import { showDate } from '../../i18n/format';
import { BlockedBadge } from './StatusBadge';
import { useDebounced } from './useDebounced';
import { useBlockedSubjects } from './useBlockedSubjects';
import './subjectSearch.css';

const SEARCH_DELAY_MS = 300;
const RESULTS = 8;

interface SubjectSearchBoxProps {
  organisationId: number;
  onPick: (subject: SubjectListItem) => void;
  /** Label of the pick button of each result. */
  pickLabel: string;
  autoFocus?: boolean;
}

/** Finds a subject of the ledger by phone, e-mail or name; blocked subjects are flagged. */
export function SubjectSearchBox({ organisationId, onPick, pickLabel, autoFocus }: SubjectSearchBoxProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), SEARCH_DELAY_MS);
  const query = { organisationId, search, offset: 0, limit: RESULTS };
  const found = useQuery(search ? `subjects:${JSON.stringify(query)}` : null, (api) =>
    api.subjects.list(query),
  );
  const page = search ? found.data : undefined;
  const blocked = useBlockedSubjects(page?.items.map((s) => s.id) ?? []);

  return (
    <div className="subject-search-box">
      <label htmlFor={inputId} className="field-label">
        {t('correspondence.subjectSearch.label')}
      </label>
      <input
        id={inputId}
        type="search"
        value={text}
        data-autofocus={autoFocus ? true : undefined}
        placeholder={t('correspondence.subjectSearch.placeholder')}
        aria-describedby={hintId}
        onChange={(e) => setText(e.target.value)}
      />
      <p id={hintId} className="field-hint" aria-live="polite">
        {!search
          ? t('correspondence.subjectSearch.hint')
          : page?.searchTooShort
            ? t('correspondence.subjectSearch.tooShort')
            : page?.searchIncomplete
              ? t('correspondence.subjectSearch.incomplete')
              : page && page.items.length === 0
                ? t('correspondence.subjectSearch.none')
                : page
                  ? t('correspondence.subjectSearch.found', { count: page.total })
                  : t('common.loading')}
      </p>
      {page && page.items.length > 0 && (
        <ul className="subject-results" aria-label={t('correspondence.subjectSearch.results')}>
          {page.items.map((s) => (
            <li key={s.id} className="subject-result">
              <div className="subject-result-who">
                <span className="subject-result-name">
                  {s.fullName || t('correspondence.subjectSearch.noName')}
                  {blocked.has(s.id) && <BlockedBadge />}
                </span>
                <span className="muted small">
                  {[...s.phones.slice(0, 2), ...s.emails.slice(0, 2)].join(' · ')}
                </span>
                <span className="muted small">
                  {t('correspondence.subjectSearch.orders', { count: s.orders })}
                  {s.lastOrderAt &&
                    ` · ${t('correspondence.subjectSearch.lastOrder', { date: showDate(s.lastOrderAt) })}`}
                </span>
              </div>
              <button
                type="button"
                className="btn btn-small"
                aria-label={`${pickLabel}: ${s.fullName}`}
                onClick={() => onPick(s)}
              >
                {pickLabel}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
