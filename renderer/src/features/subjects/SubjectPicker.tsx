import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubjectListItem } from '../../../../shared/domain/ledger';
import { useQuery } from '../../hooks/useQuery';
import { fieldMessage } from '../../i18n/messages';
import { showPhone } from './subjectFormat';

const SEARCH_DELAY_MS = 250;
const SHOWN = 8;

/**
 * Finds another subject of the organisation by the ledger's look-ups (name, phone, e-mail, order
 * number, address) and lets the officer choose one of the first results (a radio group: arrow keys).
 */
export function SubjectPicker({
  organisationId,
  excludeId,
  chosen,
  onChoose,
  label,
  error,
}: {
  organisationId: number;
  excludeId: number;
  chosen: SubjectListItem | null;
  onChoose: (subject: SubjectListItem) => void;
  label: string;
  error?: string;
}) {
  const { t } = useTranslation();
  const inputId = useId();
  const errorId = useId();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setSearch(text.trim()), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text]);
  const query = { organisationId, search, offset: 0, limit: SHOWN + 1 };
  const found = useQuery(search === '' ? null : JSON.stringify(query), (api) => api.subjects.list(query));
  const items = (search === '' ? [] : (found.data?.items ?? [])).filter((s) => s.id !== excludeId);
  const contacts = (s: SubjectListItem) =>
    [...s.phones.map(showPhone), ...s.emails].slice(0, 2).join(', ') || '—';

  return (
    <fieldset className="subgroup subject-picker" aria-describedby={error ? errorId : undefined}>
      <legend className="field-label">{label}</legend>
      <label htmlFor={inputId} className="field-label">
        {t('subjectEdits.picker.label')}
      </label>
      <input
        id={inputId}
        type="search"
        value={text}
        placeholder={t('subjectEdits.picker.placeholder')}
        onChange={(e) => setText(e.target.value)}
      />
      {search !== '' && !found.loading && items.length === 0 && (
        <p className="muted small">{t('subjectEdits.picker.none')}</p>
      )}
      {items.length > 0 && (
        <div role="radiogroup" aria-label={t('subjectEdits.picker.results')} className="picker-results">
          {items.slice(0, SHOWN).map((s) => (
            <label key={s.id} className="check">
              <input
                type="radio"
                name={`${inputId}-subject`}
                checked={chosen?.id === s.id}
                onChange={() => onChoose(s)}
              />
              <span>
                {t('subjectEdits.picker.item', {
                  name: s.fullName || t('ledger.subjects.noName'),
                  contacts: contacts(s),
                })}
              </span>
            </label>
          ))}
        </div>
      )}
      {chosen && (
        <p className="small" aria-live="polite">
          {t('subjectEdits.picker.chosen', { name: chosen.fullName || t('ledger.subjects.noName') })}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {fieldMessage(t, error, error)}
        </p>
      )}
    </fieldset>
  );
}
