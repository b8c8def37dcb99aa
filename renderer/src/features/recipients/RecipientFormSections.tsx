import { FormDateField } from '../../components/dates/DateField';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  DataCategory,
  LegalBasis,
  ProcessingOperation,
  RecipientRole,
  RecipientStatus,
  RecipientType,
  SubjectCategory,
} from '../../../../shared/domain/recipient';
import { countries } from '../../../../shared/i18n/countries';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { asLang } from '../../i18n/format';
import { regNumberLabelKey, type RecipientFormApi } from './recipientFormValues';

interface SectionProps {
  form: RecipientFormApi;
}

export function PartyFields({ form }: SectionProps) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const { register, control, formState } = form;
  const { errors } = formState;
  const country = useWatch({ control, name: 'country' });
  const regHint =
    country === 'RU' || country === 'KZ' || country === 'KG'
      ? t(`organisations.hints.registrationNumber.${country}`)
      : undefined;
  return (
    <fieldset className="form-section">
      <legend>{t('recipients.sections.party')}</legend>
      <div className="form-grid">
        <SelectField
          label={t('recipients.fields.type')}
          required
          placeholder={t('recipients.choose')}
          options={RecipientType.options.map((v) => ({ value: v, label: t(`labels.recipientType.${v}`) }))}
          error={errors.type?.message}
          {...register('type')}
        />
        <TextField
          label={t('recipients.fields.legalName')}
          required
          error={errors.legalName?.message}
          span2
          {...register('legalName')}
        />
        <SelectField
          label={t('recipients.fields.country')}
          required
          placeholder={t('recipients.choose')}
          options={countries.map((c) => ({ value: c.code, label: c[lang] }))}
          error={errors.country?.message}
          {...register('country')}
        />
        <TextField
          label={t(regNumberLabelKey(country))}
          hint={regHint}
          error={errors.registrationNumber?.message}
          inputMode={regHint ? 'numeric' : undefined}
          {...register('registrationNumber')}
        />
        <TextField
          label={t('recipients.fields.address')}
          error={errors.address?.message}
          {...register('address')}
        />
        <TextField
          label={t('recipients.fields.contactPerson')}
          error={errors.contactPerson?.message}
          {...register('contactPerson')}
        />
        <TextField
          label={t('recipients.fields.phone')}
          type="tel"
          error={errors.phone?.message}
          {...register('phone')}
        />
        <TextField
          label={t('recipients.fields.email')}
          type="email"
          error={errors.email?.message}
          {...register('email')}
        />
      </div>
    </fieldset>
  );
}

export function ProcessingFields({ form }: SectionProps) {
  const { t } = useTranslation();
  const { register, control, formState } = form;
  const { errors } = formState;
  return (
    <fieldset className="form-section">
      <legend>{t('recipients.sections.processing')}</legend>
      <div className="form-grid">
        <SelectField
          label={t('recipients.fields.role')}
          required
          options={RecipientRole.options.map((v) => ({ value: v, label: t(`labels.recipientRole.${v}`) }))}
          error={errors.role?.message}
          {...register('role')}
        />
        <SelectField
          label={t('recipients.fields.legalBasis')}
          required
          options={LegalBasis.options.map((v) => ({ value: v, label: t(`labels.legalBasis.${v}`) }))}
          error={errors.legalBasis?.message}
          {...register('legalBasis')}
        />
        <TextAreaField
          label={t('recipients.fields.purposes')}
          required
          rows={2}
          hint={t('recipients.hints.purposes')}
          error={errors.purposes?.message}
          {...register('purposes')}
        />
        <Controller
          control={control}
          name="dataCategories"
          render={({ field, fieldState }) => (
            <CheckboxGroup
              legend={t('recipients.fields.dataCategories')}
              required
              columns={3}
              options={DataCategory.options.map((v) => ({ value: v, label: t(`labels.dataCategory.${v}`) }))}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="subjectCategories"
          render={({ field, fieldState }) => (
            <CheckboxGroup
              legend={t('recipients.fields.subjectCategories')}
              columns={3}
              options={SubjectCategory.options.map((v) => ({
                value: v,
                label: t(`labels.subjectCategory.${v}`),
              }))}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="operations"
          render={({ field, fieldState }) => (
            <CheckboxGroup
              legend={t('recipients.fields.operations')}
              columns={3}
              options={ProcessingOperation.options.map((v) => ({
                value: v,
                label: t(`labels.operation.${v}`),
              }))}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
            />
          )}
        />
        <TextAreaField
          label={t('recipients.fields.retention')}
          rows={2}
          hint={t('recipients.hints.retention')}
          error={errors.retention?.message}
          {...register('retention')}
        />
      </div>
    </fieldset>
  );
}

export function ReviewFields({ form }: SectionProps) {
  const { t } = useTranslation();
  const { register, control, formState } = form;
  const { errors } = formState;
  return (
    <fieldset className="form-section">
      <legend>{t('recipients.sections.review')}</legend>
      <div className="form-grid">
        <FormDateField
          label={t('recipients.fields.reviewDate')}
          hint={t('recipients.hints.reviewDate')}
          control={control}
          name="reviewDate"
        />
        <SelectField
          label={t('recipients.fields.status')}
          required
          options={RecipientStatus.options.map((v) => ({
            value: v,
            label: t(`labels.recipientStatus.${v}`),
          }))}
          error={errors.status?.message}
          {...register('status')}
        />
        <TextAreaField
          label={t('recipients.fields.notes')}
          error={errors.notes?.message}
          {...register('notes')}
        />
      </div>
    </fieldset>
  );
}
