import { FormDateField } from '../../../components/dates/DateField';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DataCategory, SubjectCategory } from '../../../../../shared/domain/recipient';
import { CheckboxGroup } from '../../../components/CheckboxGroup';
import { TextAreaField, TextField } from '../../../components/Field';
import { useQuery } from '../../../hooks/useQuery';
import { zoneDisplay } from '../../../../../shared/format/timeZoneLabel';
import { asLang } from '../../../i18n/format';
import type { BreachFormApi } from './breachFormValues';

interface SectionProps {
  form: BreachFormApi;
}

export function WhenFields({ form, zone }: SectionProps & { zone: string }) {
  const { t, i18n } = useTranslation();
  const { register, control, formState } = form;
  const { errors } = formState;
  const shown = zoneDisplay(zone, asLang(i18n.language));
  return (
    <fieldset className="form-section">
      <legend>{t('breaches.form.sections.when')}</legend>
      <div className="form-grid">
        <FormDateField
          label={t('breaches.fields.detectedAt')}
          required
          hint={t('breaches.form.detectedHint', { zone: shown })}
          control={control}
          name="detectedAt"
          withTime
        />
        <FormDateField
          label={t('breaches.fields.becameAwareAt')}
          required
          hint={t('breaches.form.awareHint')}
          control={control}
          name="becameAwareAt"
          withTime
        />
        <TextField
          label={t('breaches.fields.detectedBy')}
          required
          error={errors.detectedBy?.message}
          {...register('detectedBy')}
        />
      </div>
    </fieldset>
  );
}

export function FactsFields({ form }: SectionProps) {
  const { t } = useTranslation();
  const { register, control, formState } = form;
  const { errors } = formState;
  return (
    <fieldset className="form-section">
      <legend>{t('breaches.form.sections.facts')}</legend>
      <div className="form-grid">
        <TextAreaField
          label={t('breaches.fields.description')}
          required
          rows={4}
          error={errors.description?.message}
          {...register('description')}
        />
        <Controller
          control={control}
          name="dataCategories"
          render={({ field, fieldState }) => (
            <CheckboxGroup
              legend={t('breaches.fields.dataCategories')}
              options={DataCategory.options.map((v) => ({ value: v, label: t(`labels.dataCategory.${v}`) }))}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
              columns={3}
            />
          )}
        />
        <Controller
          control={control}
          name="subjectCategories"
          render={({ field, fieldState }) => (
            <CheckboxGroup
              legend={t('breaches.fields.subjectCategories')}
              options={SubjectCategory.options.map((v) => ({
                value: v,
                label: t(`labels.subjectCategory.${v}`),
              }))}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
              columns={3}
            />
          )}
        />
        <TextField
          inputMode="numeric"
          label={t('breaches.fields.approxSubjects')}
          hint={t('breaches.form.approxSubjectsHint')}
          error={errors.approxSubjects?.message}
          {...register('approxSubjects')}
        />
        <TextField
          inputMode="numeric"
          label={t('breaches.fields.approxRecords')}
          error={errors.approxRecords?.message}
          {...register('approxRecords')}
        />
        <TextAreaField
          label={t('breaches.fields.presumedCauses')}
          error={errors.presumedCauses?.message}
          {...register('presumedCauses')}
        />
        <TextAreaField
          label={t('breaches.fields.likelyConsequences')}
          error={errors.likelyConsequences?.message}
          {...register('likelyConsequences')}
        />
        <TextAreaField
          label={t('breaches.fields.measuresTaken')}
          error={errors.measuresTaken?.message}
          {...register('measuresTaken')}
        />
        <TextAreaField
          label={t('breaches.fields.investigationResults')}
          hint={t('breaches.form.investigationHint')}
          error={errors.investigationResults?.message}
          {...register('investigationResults')}
        />
        <TextAreaField
          label={t('breaches.fields.personsResponsible')}
          rows={2}
          error={errors.personsResponsible?.message}
          {...register('personsResponsible')}
        />
      </div>
    </fieldset>
  );
}

export function ScopeFields({ form, organisationId }: SectionProps & { organisationId: number }) {
  const { t } = useTranslation();
  const { register, control, formState } = form;
  const recipients = useQuery(`breachRecipients:${organisationId}`, (api) =>
    api.recipients.list({ organisationId, limit: 500 }),
  );
  const options = (recipients.data?.items ?? []).map((r) => ({ value: String(r.id), label: r.legalName }));
  return (
    <fieldset className="form-section">
      <legend>{t('breaches.form.sections.involved')}</legend>
      <div className="form-grid">
        <Controller
          control={control}
          name="recipientIds"
          render={({ field, fieldState }) =>
            options.length === 0 ? (
              <p className="muted field-wide">{t('breaches.form.noRecipients')}</p>
            ) : (
              <CheckboxGroup
                legend={t('breaches.fields.recipients')}
                options={options}
                value={field.value.map(String)}
                onChange={(next) => field.onChange(next.map(Number))}
                onBlur={field.onBlur}
                error={fieldState.error?.message}
                columns={2}
              />
            )
          }
        />
        <TextAreaField
          label={t('breaches.fields.systems')}
          hint={t('breaches.form.systemsHint')}
          rows={3}
          error={formState.errors.systems?.message}
          {...register('systems')}
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
      <legend>{t('breaches.form.sections.contact')}</legend>
      <p className="form-note">{t('breaches.form.contactNote')}</p>
      <div className="form-grid">
        <TextField
          label={t('breaches.fields.contactName')}
          error={errors.contactName?.message}
          {...register('contactName')}
        />
        <TextField
          label={t('breaches.fields.contactPosition')}
          error={errors.contactPosition?.message}
          {...register('contactPosition')}
        />
        <TextField
          label={t('breaches.fields.contactPhone')}
          error={errors.contactPhone?.message}
          {...register('contactPhone')}
        />
        <TextField
          type="email"
          label={t('breaches.fields.contactEmail')}
          error={errors.contactEmail?.message}
          {...register('contactEmail')}
        />
        <TextAreaField
          label={t('breaches.fields.notes')}
          error={errors.notes?.message}
          {...register('notes')}
        />
      </div>
    </fieldset>
  );
}
