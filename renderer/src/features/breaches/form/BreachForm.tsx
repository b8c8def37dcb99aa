import { useUnsavedChanges } from '../../../shell/unsavedChanges';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  BreachInput,
  type BreachData,
  type BreachIncident,
  type BreachInput as BreachInputType,
} from '../../../../../shared/domain/breach';
import { mutate } from '../../../data/queryClient';
import { applyFieldErrors, submitOnCtrlEnter } from '../../../components/formErrors';
import { errorText, fieldMessage } from '../../../i18n/messages';
import { convertingResolver } from '../../correspondence/form/convertingResolver';
import { ContactFields, FactsFields, ScopeFields, WhenFields } from './BreachFormSections';
import {
  breachFieldNames,
  conversionErrors,
  emptyBreach,
  toBreachInput,
  toFormValues,
  type BreachFormValues,
} from './breachFormValues';

const base = zodResolver(BreachInput) as unknown as Resolver<BreachInputType, unknown, BreachData>;

interface BreachFormProps {
  organisationId: number;
  /** The organisation's IANA zone: the date-time fields are read in it. */
  zone: string;
  initial?: BreachIncident;
  onSaved: (incident: BreachIncident) => void;
  onCancel: () => void;
}

/** Registration and edits of an incident; the same schema as the main process checks the values. */
export function BreachForm({ organisationId, zone, initial, onSaved, onCancel }: BreachFormProps) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const [resolver] = useState(() =>
    convertingResolver<BreachFormValues, BreachInputType, BreachData>(
      base,
      (v) => toBreachInput(v, zone),
      {},
      conversionErrors,
    ),
  );
  const form = useForm<BreachFormValues, unknown, BreachData>({
    resolver,
    defaultValues: initial ? toFormValues(initial) : emptyBreach(organisationId, zone, new Date()),
  });
  useUnsavedChanges(form);
  const { isSubmitting } = form.formState;

  const save = async (data: BreachData) => {
    setFormError(null);
    const fields = { ...data, organisationId: undefined };
    const result = initial
      ? await mutate((api) => api.breaches.update({ id: initial.id, data: fields }))
      : await mutate((api) => api.breaches.create(data));
    if (result.ok) {
      onSaved(result.value);
      return;
    }
    const unmapped = applyFieldErrors(result.error.fieldErrors, breachFieldNames, form.setError);
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
      <WhenFields form={form} zone={zone} />
      <FactsFields form={form} />
      <ScopeFields form={form} organisationId={organisationId} />
      <ContactFields form={form} />
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
