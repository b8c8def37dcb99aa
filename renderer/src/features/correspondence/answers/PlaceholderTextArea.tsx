import { useId, useRef } from 'react';
import { useWatch, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { findPlaceholders, splitPlaceholders } from '../../../../../shared/documents/placeholders';
import { fieldMessage } from '../../../i18n/messages';
import type { AnswerFormApi, AnswerFormValues } from './answerFormValues';

interface PlaceholderTextAreaProps {
  form: AnswerFormApi;
  name: FieldPath<AnswerFormValues>;
  label: string;
  rows?: number;
  required?: boolean;
  error?: string | undefined;
}

/**
 * A text area whose [placeholders] are highlighted: a mirror of the text lies behind the transparent
 * control with each placeholder marked, and the field lists what is still to be written.
 */
export function PlaceholderTextArea({
  form,
  name,
  label,
  rows = 3,
  required,
  error,
}: PlaceholderTextAreaProps) {
  const { t } = useTranslation();
  const id = useId();
  const backdrop = useRef<HTMLDivElement | null>(null);
  const value = useWatch({ control: form.control, name });
  const text = typeof value === 'string' ? value : '';
  const left = findPlaceholders(text);
  const noteId = `${id}-left`;
  const errorId = `${id}-error`;
  const registered = form.register(name);
  return (
    <div className="field field-wide">
      <label htmlFor={id} className="field-label">
        {label}
        {required && (
          <span className="field-required" aria-hidden="true">
            {' *'}
          </span>
        )}
      </label>
      <div className={left.length > 0 ? 'ph-wrap has-placeholders' : 'ph-wrap'}>
        <div className="ph-backdrop" ref={backdrop} aria-hidden="true">
          {splitPlaceholders(text).map((part, i) =>
            part.placeholder ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
          )}
          {'\n'}
        </div>
        <textarea
          {...registered}
          id={id}
          rows={rows}
          className="ph-input"
          aria-invalid={error ? true : undefined}
          aria-describedby={
            [left.length ? noteId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined
          }
          onScroll={(e) => {
            if (backdrop.current) backdrop.current.scrollTop = e.currentTarget.scrollTop;
          }}
        />
      </div>
      {left.length > 0 && (
        <p id={noteId} className="field-hint ph-left">
          {t('correspondence.placeholders.field', { list: left.join(' ') })}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {fieldMessage(t, error)}
        </p>
      )}
    </div>
  );
}
