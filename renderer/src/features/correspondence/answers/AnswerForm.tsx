import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { findPlaceholders } from '../../../../../shared/documents/placeholders';
import { dativeAddressee } from '../../../../../shared/documents/personName';
import { AnswerDecision, type Answer } from '../../../../../shared/domain/correspondenceAnswer';
import { call } from '../../../api';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { Checkbox, SelectField, TextField } from '../../../components/Field';
import { submitOnCtrlEnter } from '../../../components/formErrors';
import { useToast } from '../../../components/Toast';
import { BLOCK_NAMES, type AnswerFormApi } from './answerFormValues';
import { PlaceholderTextArea } from './PlaceholderTextArea';

interface AnswerFormProps {
  answer: Answer;
  /** The sender's name as registered: the addressee line is checked against its declension. */
  senderName: string;
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
export function AnswerForm({ answer, senderName, form, onSave, formError, busy }: AnswerFormProps) {
  const { t } = useTranslation();
  const { showError, notify } = useToast();
  const { register, formState, getValues, setValue, control } = form;
  const { errors } = formState;
  const [confirmTemplate, setConfirmTemplate] = useState(false);
  const values = useWatch({ control });
  const leftIn = (text: string | undefined) => findPlaceholders(text ?? '');
  const placeholders = [
    values.addresseeName,
    values.addresseeAddress,
    values.heading,
    ...BLOCK_NAMES.map((b) => values.blocks?.[b]),
    values.signatoryPosition,
    values.signatoryName,
    values.executorName,
    values.executorContact,
  ].flatMap(leftIn);
  const leftHint = (text: string | undefined) => {
    const left = leftIn(text);
    return left.length ? t('correspondence.placeholders.field', { list: left.join(' ') }) : undefined;
  };
  const addressee = dativeAddressee(senderName);
  const addresseeHint =
    leftHint(values.addresseeName) ??
    (!addressee.declined && values.addresseeName === addressee.text
      ? t('correspondence.placeholders.addresseeCheck')
      : undefined);

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
      {placeholders.length > 0 && (
        <div className="notice placeholder-summary" role="status">
          <strong>{t('correspondence.placeholders.summary', { count: placeholders.length })}</strong>
          <br />
          {t('correspondence.placeholders.consequence')}
        </div>
      )}
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
            hint={addresseeHint}
            error={errors.addresseeName?.message}
            {...register('addresseeName')}
          />
          <TextField
            label={t('correspondence.editor.fields.addresseeAddress')}
            hint={leftHint(values.addresseeAddress)}
            error={errors.addresseeAddress?.message}
            {...register('addresseeAddress')}
          />
          <TextField
            label={t('correspondence.editor.fields.heading')}
            required
            wide
            hint={leftHint(values.heading)}
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
            <PlaceholderTextArea
              key={block}
              form={form}
              name={`blocks.${block}`}
              label={t(`correspondence.editor.blocks.${block}`)}
              rows={ROWS[block]}
              error={errors.blocks?.[block]?.message}
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
