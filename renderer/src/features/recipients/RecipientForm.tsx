import { useUnsavedChanges } from '../../shell/unsavedChanges';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../../shared/domain/organisation';
import { RecipientInput, type Recipient, type RecipientData } from '../../../../shared/domain/recipient';
import { mutate } from '../../data/queryClient';
import { applyFieldErrors, submitOnCtrlEnter } from '../../components/formErrors';
import { errorText, fieldMessage } from '../../i18n/messages';
import { PartyFields, ProcessingFields, ReviewFields } from './RecipientFormSections';
import { ContractFields, CrossBorderFields } from './RecipientFormTransfer';
import {
  emptyRecipient,
  recipientFieldNames,
  toFormValues,
  type RecipientFormValues,
} from './recipientFormValues';

// The form starts with an unselected type (''), which the schema rejects with a message; the values it
// passes on are exactly what the main process validates with the same schema.
const resolver = zodResolver(RecipientInput) as unknown as Resolver<
  RecipientFormValues,
  unknown,
  RecipientData
>;

interface RecipientFormProps {
  organisation: Organisation;
  /** The recipient being edited; absent when creating. */
  initial?: Recipient;
  /** Values a new recipient starts with (e.g. the name of a delivery service found in an import). */
  prefill?: Partial<RecipientFormValues>;
  onSaved: (recipient: Recipient) => void;
  onCancel: () => void;
}

export function RecipientForm({ organisation, initial, prefill, onSaved, onCancel }: RecipientFormProps) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<RecipientFormValues, unknown, RecipientData>({
    resolver,
    defaultValues: initial ? toFormValues(initial) : { ...emptyRecipient(organisation), ...prefill },
  });
  useUnsavedChanges(form);
  const { isSubmitting } = form.formState;

  const save = async (data: RecipientData) => {
    setFormError(null);
    const result = initial
      ? await mutate((api) => api.recipients.update({ id: initial.id, data }))
      : await mutate((api) => api.recipients.create(data));
    if (result.ok) {
      onSaved(result.value);
      return;
    }
    const unmapped = applyFieldErrors(result.error.fieldErrors, recipientFieldNames, form.setError);
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
      <PartyFields form={form} />
      <CrossBorderFields form={form} organisation={organisation} />
      <ProcessingFields form={form} />
      <ContractFields form={form} organisation={organisation} />
      <ReviewFields form={form} />
      <div className="form-actions">
        {formError && (
          <p className="form-error" role="alert">
            {formError}
          </p>
        )}
        <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
          {t('common.save')}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
