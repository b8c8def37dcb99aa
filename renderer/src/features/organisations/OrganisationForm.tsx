import { useUnsavedChanges } from '../../shell/unsavedChanges';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  OrganisationInput,
  type Organisation,
  type OrganisationData,
} from '../../../../shared/domain/organisation';
import { mutate } from '../../data/queryClient';
import { applyFieldErrors, submitOnCtrlEnter } from '../../components/formErrors';
import { errorText, fieldMessage } from '../../i18n/messages';
import { ContactFields, DisputeFields, PolicyFields, RequisitesFields } from './OrganisationFormSections';
import {
  emptyOrganisation,
  organisationFieldNames,
  toOrganisationValues,
  type OrganisationFormValues,
} from './organisationFormValues';

// Same schema as the main process; the form only differs by allowing an unselected jurisdiction.
const resolver = zodResolver(OrganisationInput) as unknown as Resolver<
  OrganisationFormValues,
  unknown,
  OrganisationData
>;

interface OrganisationFormProps {
  initial?: Organisation;
  onSaved: (organisation: Organisation) => void;
  onCancel?: () => void;
}

export function OrganisationForm({ initial, onSaved, onCancel }: OrganisationFormProps) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<OrganisationFormValues, unknown, OrganisationData>({
    resolver,
    defaultValues: initial ? toOrganisationValues(initial) : emptyOrganisation(),
  });
  useUnsavedChanges(form);
  const { isSubmitting } = form.formState;

  const save = async (data: OrganisationData) => {
    setFormError(null);
    const result = initial
      ? await mutate((api) => api.organisations.update({ id: initial.id, data }))
      : await mutate((api) => api.organisations.create(data));
    if (result.ok) {
      onSaved(result.value);
      return;
    }
    const unmapped = applyFieldErrors(result.error.fieldErrors, organisationFieldNames, form.setError);
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
      <RequisitesFields form={form} />
      <ContactFields form={form} />
      <PolicyFields form={form} />
      <DisputeFields form={form} />
      <div className="form-actions">
        {formError && (
          <p className="form-error" role="alert">
            {formError}
          </p>
        )}
        <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
          {t('common.save')}
        </button>
        {onCancel && (
          <button type="button" className="btn" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
