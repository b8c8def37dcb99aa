import { FormDateField } from '../../../components/dates/DateField';
import { useTranslation } from 'react-i18next';
import { CorrespondenceKind, Currency, ReceivedVia } from '../../../../../shared/domain/correspondence';
import { SelectField, TextAreaField, TextField } from '../../../components/Field';
import type { ItemFormApi } from './itemFormValues';

interface SectionProps {
  form: ItemFormApi;
  /** Kind is fixed once registered (it is part of the number). */
  kindLocked?: boolean;
}

export function ReceiptFields({ form, kindLocked }: SectionProps) {
  const { t } = useTranslation();
  const { register, control, formState, setValue } = form;
  const { errors } = formState;
  const kindField = register('kind', {
    // Another kind has other rules: the rule list reloads and preselects its default.
    onChange: () => setValue('ruleId', ''),
  });
  return (
    <fieldset className="form-section">
      <legend>{t('correspondence.form.sections.receipt')}</legend>
      <div className="form-grid">
        {kindLocked ? (
          <TextField
            label={t('correspondence.fields.kind')}
            span2
            readOnly
            value={t(`correspondence.kind.${form.getValues('kind') || 'other'}`)}
            hint={t('correspondence.form.hints.kindLocked')}
          />
        ) : (
          <SelectField
            label={t('correspondence.fields.kind')}
            required
            span2
            placeholder={t('correspondence.form.choose')}
            options={CorrespondenceKind.options.map((k) => ({
              value: k,
              label: t(`correspondence.kind.${k}`),
            }))}
            error={errors.kind?.message}
            {...kindField}
          />
        )}
        <FormDateField
          label={t('correspondence.fields.receivedDate')}
          required
          control={control}
          name="receivedDate"
        />
        <SelectField
          label={t('correspondence.fields.receivedVia')}
          required
          options={ReceivedVia.options.map((v) => ({
            value: v,
            label: t(`correspondence.receivedVia.${v}`),
          }))}
          error={errors.receivedVia?.message}
          {...register('receivedVia')}
        />
        <TextField
          label={t('correspondence.fields.senderRefNumber')}
          hint={t('correspondence.form.hints.senderRef')}
          error={errors.senderRefNumber?.message}
          {...register('senderRefNumber')}
        />
        <FormDateField
          label={t('correspondence.fields.senderRefDate')}
          control={control}
          name="senderRefDate"
        />
      </div>
    </fieldset>
  );
}

export function ContentFields({ form }: SectionProps) {
  const { t } = useTranslation();
  const { register, formState } = form;
  const { errors } = formState;
  return (
    <fieldset className="form-section">
      <legend>{t('correspondence.form.sections.content')}</legend>
      <div className="form-grid">
        <TextField
          label={t('correspondence.fields.orderNumbers')}
          hint={t('correspondence.form.hints.orderNumbers')}
          error={errors.orderNumbers?.message}
          {...register('orderNumbers')}
        />
        <TextField
          label={t('correspondence.fields.amount')}
          inputMode="decimal"
          hint={t('correspondence.form.hints.amount')}
          error={errors.amount?.message}
          {...register('amount')}
        />
        <SelectField
          label={t('correspondence.fields.currency')}
          placeholder={t('correspondence.form.noCurrency')}
          options={Currency.options.map((c) => ({ value: c, label: t(`correspondence.currency.${c}`) }))}
          error={errors.currency?.message}
          {...register('currency')}
        />
        <TextAreaField
          label={t('correspondence.fields.demands')}
          rows={4}
          hint={t('correspondence.form.hints.demands')}
          error={errors.demands?.message}
          {...register('demands')}
        />
        <TextField
          label={t('correspondence.fields.responsible')}
          hint={t('correspondence.form.hints.responsible')}
          error={errors.responsible?.message}
          {...register('responsible')}
        />
        <TextAreaField
          label={t('correspondence.fields.notes')}
          rows={2}
          wide={false}
          span2
          error={errors.notes?.message}
          {...register('notes')}
        />
      </div>
    </fieldset>
  );
}
