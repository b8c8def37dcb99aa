import { FormDateField } from '../../components/dates/DateField';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Jurisdiction } from '../../../../shared/domain/common';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import type { OrganisationFormApi } from './organisationFormValues';

interface SectionProps {
  form: OrganisationFormApi;
}

export function RequisitesFields({ form }: SectionProps) {
  const { t } = useTranslation();
  const { register, control, formState } = form;
  const { errors } = formState;
  const jurisdiction = useWatch({ control, name: 'jurisdiction' });
  return (
    <fieldset className="form-section">
      <legend>{t('organisations.sections.requisites')}</legend>
      <div className="form-grid">
        <TextField
          label={t('organisations.fields.name')}
          required
          span2
          error={errors.name?.message}
          {...register('name')}
        />
        <TextField
          label={t('organisations.fields.legalForm')}
          hint={t('organisations.hints.legalForm')}
          error={errors.legalForm?.message}
          {...register('legalForm')}
        />
        <SelectField
          label={t('organisations.fields.jurisdiction')}
          required
          placeholder={t('recipients.choose')}
          options={Jurisdiction.options.map((j) => ({ value: j, label: t(`labels.jurisdiction.${j}`) }))}
          error={errors.jurisdiction?.message}
          {...register('jurisdiction')}
        />
        <TextField
          label={
            jurisdiction === ''
              ? t('organisations.columns.registrationNumber')
              : t(`organisations.regNumberLabel.${jurisdiction}`)
          }
          required
          inputMode="numeric"
          hint={jurisdiction === '' ? undefined : t(`organisations.hints.registrationNumber.${jurisdiction}`)}
          error={errors.registrationNumber?.message}
          {...register('registrationNumber')}
        />
        <TextField
          label={
            jurisdiction === ''
              ? t('organisations.fields.stateRegistrationNumber')
              : t(`organisations.stateRegNumberLabel.${jurisdiction}`)
          }
          inputMode="numeric"
          hint={jurisdiction === 'RU' ? t('organisations.hints.stateRegistrationNumber') : undefined}
          error={errors.stateRegistrationNumber?.message}
          {...register('stateRegistrationNumber')}
        />
      </div>
    </fieldset>
  );
}

export function ContactFields({ form }: SectionProps) {
  const { t } = useTranslation();
  const { register, formState } = form;
  const { errors } = formState;
  return (
    <fieldset className="form-section">
      <legend>{t('organisations.sections.contacts')}</legend>
      <div className="form-grid">
        <TextField
          label={t('organisations.fields.legalAddress')}
          wide
          error={errors.legalAddress?.message}
          {...register('legalAddress')}
        />
        <TextField
          label={t('organisations.fields.postalAddress')}
          wide
          error={errors.postalAddress?.message}
          {...register('postalAddress')}
        />
        <TextField
          label={t('organisations.fields.phone')}
          type="tel"
          error={errors.phone?.message}
          {...register('phone')}
        />
        <TextField
          label={t('organisations.fields.email')}
          type="email"
          error={errors.email?.message}
          {...register('email')}
        />
      </div>
      <h3 className="subheading">{t('organisations.sections.responsible')}</h3>
      <div className="form-grid">
        <TextField
          label={t('organisations.fields.responsibleName')}
          error={errors.responsibleName?.message}
          {...register('responsibleName')}
        />
        <TextField
          label={t('organisations.fields.responsiblePosition')}
          error={errors.responsiblePosition?.message}
          {...register('responsiblePosition')}
        />
      </div>
    </fieldset>
  );
}

export function PolicyFields({ form }: SectionProps) {
  const { t } = useTranslation();
  const { register, control, formState } = form;
  const { errors } = formState;
  return (
    <fieldset className="form-section">
      <legend>{t('organisations.sections.policy')}</legend>
      <div className="form-grid">
        <TextField
          label={t('organisations.fields.policyTitle')}
          span2
          error={errors.policyTitle?.message}
          {...register('policyTitle')}
        />
        <FormDateField
          label={t('organisations.fields.policyVersionDate')}
          control={control}
          name="policyVersionDate"
        />
        <TextField
          label={t('organisations.fields.policyUrl')}
          type="url"
          span2
          hint={t('organisations.hints.policyUrl')}
          error={errors.policyUrl?.message}
          {...register('policyUrl')}
        />
        <TextField
          label={t('organisations.fields.policyClaimClause')}
          hint={t('organisations.hints.policyClaimClause')}
          error={errors.policyClaimClause?.message}
          {...register('policyClaimClause')}
        />
      </div>
    </fieldset>
  );
}

export function DisputeFields({ form }: SectionProps) {
  const { t } = useTranslation();
  const { register, formState } = form;
  const { errors } = formState;
  return (
    <fieldset className="form-section">
      <legend>{t('organisations.sections.disputes')}</legend>
      <div className="form-grid">
        <TextAreaField
          label={t('organisations.fields.applicableLaw')}
          error={errors.applicableLaw?.message}
          {...register('applicableLaw')}
        />
        <TextAreaField
          label={t('organisations.fields.courtClause')}
          hint={t('organisations.hints.courtClause')}
          error={errors.courtClause?.message}
          {...register('courtClause')}
        />
      </div>
    </fieldset>
  );
}
