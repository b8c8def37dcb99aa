import { useUnsavedChanges } from '../../../shell/unsavedChanges';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CorrespondenceData, CorrespondenceItem } from '../../../../../shared/domain/correspondence';
import { mutate } from '../../../data/queryClient';
import { applyFieldErrors, submitOnCtrlEnter } from '../../../components/formErrors';
import { errorText, fieldMessage } from '../../../i18n/messages';
import { renameFieldErrors } from './convertingResolver';
import { ContentFields, ReceiptFields } from './ItemFormSections';
import {
  ITEM_RENAMES,
  itemFieldNames,
  itemResolver,
  updateData,
  type ItemFormValues,
} from './itemFormValues';
import { RuleFields } from './RuleField';
import { SenderFields } from './SenderFields';

interface ItemFormProps {
  organisationId: number;
  defaultValues: ItemFormValues;
  /** The item being edited; absent when registering. */
  initial?: CorrespondenceItem;
  onSaved: (item: CorrespondenceItem) => void;
  onCancel: () => void;
}

/** Registration (or edit) of an incoming item, validated with the shared schema on both sides. */
export function ItemForm({ organisationId, defaultValues, initial, onSaved, onCancel }: ItemFormProps) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const [resolver] = useState(() => itemResolver(organisationId));
  const form = useForm<ItemFormValues, unknown, CorrespondenceData>({ resolver, defaultValues });
  useUnsavedChanges(form);
  const { isSubmitting } = form.formState;

  const save = async (data: CorrespondenceData) => {
    setFormError(null);
    const result = initial
      ? await mutate((api) => api.correspondence.update({ id: initial.id, data: updateData(data) }))
      : await mutate((api) => api.correspondence.register(data));
    if (result.ok) {
      onSaved(result.value);
      return;
    }
    const fieldErrors = renameFieldErrors(result.error.fieldErrors, ITEM_RENAMES);
    const unmapped = applyFieldErrors(fieldErrors, itemFieldNames, form.setError);
    const details = unmapped.map((key) => fieldMessage(t, key, key));
    setFormError([errorText(t, result.error), ...details].join('. '));
  };

  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => void form.handleSubmit(save)(e)}
      onKeyDown={submitOnCtrlEnter}
      aria-busy={isSubmitting}
    >
      <p className="form-note">{t('common.requiredNote')}</p>
      <ReceiptFields form={form} kindLocked={initial !== undefined} />
      <RuleFields form={form} organisationId={organisationId} />
      <SenderFields form={form} organisationId={organisationId} />
      <ContentFields form={form} />
      <div className="form-actions">
        {formError && (
          <p className="form-error" role="alert">
            {formError}
          </p>
        )}
        <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
          {initial ? t('common.save') : t('correspondence.form.submit')}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
