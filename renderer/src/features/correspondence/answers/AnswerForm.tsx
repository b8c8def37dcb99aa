import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnswerDecision, type Answer } from '../../../../../shared/domain/correspondenceAnswer';
import { call } from '../../../api';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { Checkbox, SelectField, TextAreaField, TextField } from '../../../components/Field';
import { submitOnCtrlEnter } from '../../../components/formErrors';
import { useToast } from '../../../components/Toast';
import { BLOCK_NAMES, type AnswerFormApi } from './answerFormValues';

interface AnswerFormProps {
  answer: Answer;
  form: AnswerFormApi;
  onSave: () => void;
  formError: string | null;
  busy: boolean;
}

const ROWS: Record<(typeof BLOCK_NAMES)[number], number> = {
  salutation: 1,
  summary: 4,
  facts: 4,
  decision: 4,
  grounds: 4,
  actions: 3,
  remedies: 3,
  attachments: 2,
};

/** The editable text of a letter; «Вернуть текст шаблона» puts back the template of the decision. */
export function AnswerForm({ answer, form, onSave, formError, busy }: AnswerFormProps) {
  const { t } = useTranslation();
  const { showError, notify } = useToast();
  const { register, formState, getValues, setValue } = form;
  const { errors } = formState;
  const [confirmTemplate, setConfirmTemplate] = useState(false);

  const resetToTemplate = async () => {
    setConfirmTemplate(false);
    const decision = getValues('decision');
    const result = await call((api) => api.answers.template({ id: answer.id, decision }));
    if (!result.ok) {
      showError(result.error);
      return;
    }
    const options = { shouldDirty: true };
    setValue('heading', result.value.heading, options);
    for (const block of BLOCK_NAMES) setValue(`blocks.${block}`, result.value.blocks[block], options);
    notify(t('correspondence.editor.templateRestored'), 'info');
  };

  return (
    <form
      className="form answer-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
      onKeyDown={submitOnCtrlEnter}
      aria-busy={busy}
    >
      <fieldset className="form-section">
        <legend>{t('correspondence.editor.sections.letter')}</legend>
        <div className="form-grid form-grid-2">
          <SelectField
            label={t('correspondence.editor.fields.decision')}
            required
            options={AnswerDecision.options.map((d) => ({
              value: d,
              label: t(`correspondence.decisionTitle.${d}`),
            }))}
            error={errors.decision?.message}
            {...register('decision')}
          />
          <div className="field field-action">
            <button type="button" className="btn" onClick={() => setConfirmTemplate(true)}>
              {t('correspondence.editor.resetTemplate')}
            </button>
          </div>
          <TextField
            label={t('correspondence.editor.fields.addresseeName')}
            required
            error={errors.addresseeName?.message}
            {...register('addresseeName')}
          />
          <TextField
            label={t('correspondence.editor.fields.addresseeAddress')}
            error={errors.addresseeAddress?.message}
            {...register('addresseeAddress')}
          />
          <TextField
            label={t('correspondence.editor.fields.heading')}
            required
            wide
            error={errors.heading?.message}
            {...register('heading')}
          />
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('correspondence.editor.sections.text')}</legend>
        <p className="form-subnote">{t('correspondence.editor.textHint')}</p>
        <div className="form-grid form-grid-1">
          {BLOCK_NAMES.map((block) => (
            <TextAreaField
              key={block}
              label={t(`correspondence.editor.blocks.${block}`)}
              rows={ROWS[block]}
              error={errors.blocks?.[block]?.message}
              {...register(`blocks.${block}`)}
            />
          ))}
          {answer.decision === 'accessAnswer' && (
            <Checkbox label={t('correspondence.editor.refreshAccess')} {...register('refreshAccessReport')} />
          )}
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('correspondence.editor.sections.signature')}</legend>
        <div className="form-grid form-grid-2">
          <TextField
            label={t('correspondence.editor.fields.signatoryPosition')}
            error={errors.signatoryPosition?.message}
            {...register('signatoryPosition')}
          />
          <TextField
            label={t('correspondence.editor.fields.signatoryName')}
            error={errors.signatoryName?.message}
            {...register('signatoryName')}
          />
          <TextField
            label={t('correspondence.editor.fields.executorName')}
            error={errors.executorName?.message}
            {...register('executorName')}
          />
          <TextField
            label={t('correspondence.editor.fields.executorContact')}
            error={errors.executorContact?.message}
            {...register('executorContact')}
          />
        </div>
      </fieldset>
      <div className="form-actions">
        {formError && (
          <p className="form-error" role="alert">
            {formError}
          </p>
        )}
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {answer.state === 'sent' ? t('correspondence.editor.saveNewVersion') : t('common.save')}
        </button>
        <span className="muted small">
          {formState.isDirty ? t('correspondence.editor.unsaved') : t('correspondence.editor.allSaved')}
        </span>
      </div>
      {confirmTemplate && (
        <ConfirmDialog
          title={t('correspondence.editor.resetTitle')}
          confirmLabel={t('correspondence.editor.resetConfirm')}
          onClose={() => setConfirmTemplate(false)}
          onConfirm={() => void resetToTemplate()}
        >
          <p>
            {t('correspondence.editor.resetText', {
              decision: t(`correspondence.decisionTitle.${getValues('decision')}`),
            })}
          </p>
        </ConfirmDialog>
      )}
    </form>
  );
}
