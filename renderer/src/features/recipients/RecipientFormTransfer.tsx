import { FormDateField } from '../../components/dates/DateField';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../../shared/domain/organisation';
import { AdequacyStatus, TransferStatus } from '../../../../shared/domain/recipient';
import { INSTRUCTION_REQUISITES } from '../../../../shared/recipients/instructionRequisites';
import { isCrossBorder } from '../../../../shared/recipients/crossBorder';
import { Checkbox, SelectField, TextField } from '../../components/Field';
import { asLang, showCountry } from '../../i18n/format';
import type { RecipientFormApi } from './recipientFormValues';

/**
 * The contract and, for a processor only, the clauses the operator's law asks of the instruction:
 * RU 152-FZ art. 6 p. 3, KZ Law 94-V, KG Law 58 art. 17 (shared/recipients/instructionRequisites.ts).
 */
export function ContractFields({
  form,
  organisation,
}: {
  form: RecipientFormApi;
  organisation: Organisation;
}) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const { register, control, formState } = form;
  const { errors } = formState;
  const role = useWatch({ control, name: 'role' });
  const requisites = INSTRUCTION_REQUISITES[organisation.jurisdiction];
  return (
    <fieldset className="form-section">
      <legend>{t('recipients.sections.contract')}</legend>
      <div className="form-grid">
        <TextField
          label={t('recipients.fields.contractNumber')}
          error={errors.contractNumber?.message}
          {...register('contractNumber')}
        />
        <FormDateField
          label={t('recipients.fields.contractDate')}
          hint={t('recipients.hints.contractDate')}
          control={control}
          name="contractDate"
        />
        <FormDateField
          label={t('recipients.fields.contractEndDate')}
          hint={t('recipients.hints.contractEndDate')}
          control={control}
          name="contractEndDate"
        />
        {role === 'processor' ? (
          <fieldset className="checkbox-group field-wide">
            <legend className="field-label">
              {t(`recipients.instructionTitle.${organisation.jurisdiction}`)}
            </legend>
            <div className="checkbox-grid checkbox-grid-2">
              {requisites.map((r) => (
                <Checkbox
                  key={r.key}
                  label={
                    <>
                      {t(`labels.instructionRequisite.${r.key}`)}{' '}
                      <span className="muted">
                        ({lang === 'ru' ? r.citationRu : r.citationEn}
                        {r.verify ? `, ${t('recipients.instructionVerify')}` : ''})
                      </span>
                    </>
                  }
                  {...register(`instruction.${r.key}`)}
                />
              ))}
            </div>
          </fieldset>
        ) : (
          <p className="field-wide muted" aria-live="polite">
            {t('recipients.instructionNotNeeded')}
          </p>
        )}
      </div>
    </fieldset>
  );
}

/** The cross-border flag is derived live from the country; the block appears only when it is set. */
export function CrossBorderFields({
  form,
  organisation,
}: {
  form: RecipientFormApi;
  organisation: Organisation;
}) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const { register, control, formState } = form;
  const { errors } = formState;
  const country = useWatch({ control, name: 'country' });
  const crossBorder = isCrossBorder(organisation.jurisdiction, country);
  const jurisdiction = organisation.jurisdiction;

  if (!crossBorder) {
    return (
      <p className="derived-flag" aria-live="polite">
        {t('recipients.crossBorderNo')}
      </p>
    );
  }
  return (
    <fieldset className="form-section form-section-accent">
      <legend>{t('recipients.sections.crossBorder')}</legend>
      <p className="derived-flag derived-flag-on" aria-live="polite">
        <strong>{t('recipients.crossBorderYes')}</strong>
        <span>{t('recipients.crossBorderReason', { country: showCountry(jurisdiction, lang) })}</span>
      </p>
      <div className="form-grid">
        <SelectField
          label={t('recipients.fields.adequacy')}
          options={AdequacyStatus.options.map((v) => ({ value: v, label: t(`labels.adequacy.${v}`) }))}
          error={errors.adequacy?.message}
          {...register('adequacy')}
        />
        <FormDateField
          label={t('recipients.fields.infoObtainedDate')}
          hint={t('recipients.hints.infoObtainedDate')}
          control={control}
          name="infoObtainedDate"
        />
        <SelectField
          label={t('recipients.fields.transferStatus')}
          options={TransferStatus.options.map((v) => ({ value: v, label: t(`labels.transferStatus.${v}`) }))}
          error={errors.transferStatus?.message}
          {...register('transferStatus')}
        />
        {jurisdiction === 'KG' ? (
          <fieldset className="subgroup field-wide">
            <legend className="field-label">{t('recipients.subjectNotice')}</legend>
            <p className="field-hint">{t('recipients.subjectNoticeHint')}</p>
            <div className="form-grid">
              <TextField
                label={t('recipients.fields.subjectNoticeMethod')}
                error={errors.subjectNoticeMethod?.message}
                span2
                {...register('subjectNoticeMethod')}
              />
              <FormDateField
                label={t('recipients.fields.subjectNoticeDate')}
                control={control}
                name="subjectNoticeDate"
              />
            </div>
          </fieldset>
        ) : (
          <fieldset className="subgroup field-wide">
            <legend className="field-label">{t(`recipients.transferNotice.${jurisdiction}`)}</legend>
            <p className="field-hint">{t(`recipients.transferNoticeHint.${jurisdiction}`)}</p>
            <div className="form-grid">
              <FormDateField
                label={t('recipients.fields.transferNoticeDate')}
                control={control}
                name="transferNoticeDate"
              />
              <TextField
                label={t('recipients.fields.transferNoticeNumber')}
                error={errors.transferNoticeNumber?.message}
                {...register('transferNoticeNumber')}
              />
            </div>
          </fieldset>
        )}
      </div>
    </fieldset>
  );
}
