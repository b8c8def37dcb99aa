import { TriangleAlert } from 'lucide-react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isValidIsoDate } from '../../../../../shared/domain/common';
import type { RuleOption } from '../../../../../shared/domain/correspondenceDeadline';
import { useQuery } from '../../../hooks/useQuery';
import { asLang, showDate } from '../../../i18n/format';
import { errorText, fieldMessage } from '../../../i18n/messages';
import { useDebounced } from '../useDebounced';
import { weekdayOf } from '../periodText';
import type { ItemFormApi } from './itemFormValues';

const PREVIEW_DELAY_MS = 300;

interface DeadlinePreviewBoxProps {
  form: ItemFormApi;
  organisationId: number;
  rule: RuleOption | undefined;
}

/** The due date the item will get, computed by the main process while the form is filled. */
export function DeadlinePreviewBox({ form, organisationId, rule }: DeadlinePreviewBoxProps) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const [kind, ruleId, receivedDate, startDate] = useWatch({
    control: form.control,
    name: ['kind', 'ruleId', 'receivedDate', 'startDate'],
  });
  const needsStart = rule !== undefined && rule.startEvent !== 'received';
  const input = useDebounced(
    kind && isValidIsoDate(receivedDate)
      ? { organisationId, kind, ruleId, receivedDate, startDate: needsStart ? startDate : '' }
      : null,
    PREVIEW_DELAY_MS,
  );
  const preview = useQuery(input ? `deadline:${JSON.stringify(input)}` : null, (api) =>
    api.deadlines.preview(input ?? { organisationId, kind: 'other', receivedDate }),
  );

  if (!input) {
    return (
      <p className="deadline-preview deadline-preview-empty field-wide">
        {t('correspondence.form.previewNeedsDate')}
      </p>
    );
  }
  if (preview.error) {
    const field = preview.error.fieldErrors && Object.values(preview.error.fieldErrors)[0]?.[0];
    return (
      <p className="deadline-preview deadline-preview-error field-wide" role="alert">
        {field ? fieldMessage(t, field, field) : errorText(t, preview.error)}
      </p>
    );
  }
  const data = preview.data;
  if (!data)
    return <p className="deadline-preview deadline-preview-empty field-wide">{t('common.loading')}</p>;
  const { basis } = data;
  return (
    <div className="deadline-preview field-wide" aria-live="polite" aria-busy={preview.loading}>
      <div className="deadline-preview-head">
        <span className="deadline-preview-label">{t('correspondence.form.dueDate')}</span>
        <strong className="deadline-preview-date">{showDate(basis.dueDate)}</strong>
        <span className="muted">{weekdayOf(basis.dueDate, lang)}</span>
      </div>
      <p className="deadline-explanation">{lang === 'ru' ? basis.explanationRu : basis.explanationEn}</p>
      <p className="muted small">
        {t('correspondence.deadline.citation')}: {basis.citation}
        {basis.calendarVersion && (
          <>
            {' · '}
            {t('correspondence.deadline.calendar')}: {basis.calendarVersion}
          </>
        )}
      </p>
      {data.warnings.length > 0 && (
        <ul className="deadline-warnings">
          {data.warnings.map((w) => (
            <li key={w.code + w.textRu}>
              <TriangleAlert size={14} aria-hidden="true" />
              <strong>{t('correspondence.deadline.verify')}:</strong> {lang === 'ru' ? w.textRu : w.textEn}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
