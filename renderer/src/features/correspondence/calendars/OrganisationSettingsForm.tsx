import { useUnsavedChanges } from '../../../shell/unsavedChanges';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CorrespondenceKind } from '../../../../../shared/domain/correspondence';
import {
  CorrespondenceSettingsData,
  type CorrespondenceSettings,
  type CorrespondenceSettingsInput,
  type CorrespondenceSettingsValues,
} from '../../../../../shared/domain/correspondenceSettings';
import type { Organisation } from '../../../../../shared/domain/organisation';
import { Checkbox, SelectField, TextField } from '../../../components/Field';
import { asLang } from '../../../i18n/format';
import { zoneDisplay } from '../../../../../shared/format/timeZoneLabel';
import { submitOnCtrlEnter } from '../../../components/formErrors';
import { useToast } from '../../../components/Toast';
import { useDialogSubmit } from '../useDialogSubmit';
import { NumberFormatField } from './NumberFormatField';
import { TIME_ZONES } from './timeZones';

interface OrganisationSettingsFormProps {
  settings: CorrespondenceSettings;
  organisation: Organisation;
  onSaved: () => void;
}

export function OrganisationSettingsForm({ settings, organisation, onSaved }: OrganisationSettingsFormProps) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const { notify } = useToast();
  const values: CorrespondenceSettingsInput = {
    incomingFormat: settings.incomingFormat,
    outgoingFormat: settings.outgoingFormat,
    kindCodes: { ...settings.kindCodes },
    timeZone: settings.timeZone,
    signatoryPosition: settings.signatoryPosition,
    signatoryName: settings.signatoryName,
    executorName: settings.executorName,
    executorContact: settings.executorContact,
    kgBreachTargetHours: settings.kgBreachTargetHours,
    gdprOptIn: settings.gdprOptIn,
  };
  const form = useForm<CorrespondenceSettingsInput, unknown, CorrespondenceSettingsValues>({
    resolver: zodResolver(CorrespondenceSettingsData),
    defaultValues: values,
  });
  useUnsavedChanges(form);
  const { register, formState, control } = form;
  const { errors, isSubmitting } = formState;
  const claimCode = useWatch({ control, name: 'kindCodes.claim' });
  const fields = [
    'incomingFormat',
    'outgoingFormat',
    'timeZone',
    'signatoryPosition',
    'signatoryName',
    'executorName',
    'executorContact',
    'kgBreachTargetHours',
    ...CorrespondenceKind.options.map((k) => `kindCodes.${k}`),
  ];
  const { error, submit } = useDialogSubmit(fields, form.setError);
  const save = form.handleSubmit(async (data) => {
    if (await submit((api) => api.correspondence.updateSettings({ organisationId: organisation.id, data }))) {
      notify(t('correspondence.orgSettings.saved', { name: organisation.name }));
      onSaved();
    }
  });

  return (
    <form className="form" noValidate onSubmit={(e) => void save(e)} onKeyDown={submitOnCtrlEnter}>
      <fieldset className="form-section">
        <legend>{t('correspondence.orgSettings.numbering')}</legend>
        <div className="form-grid form-grid-2">
          <NumberFormatField
            form={form}
            name="incomingFormat"
            kindCode={claimCode ?? ''}
            error={errors.incomingFormat?.message}
          />
          <NumberFormatField
            form={form}
            name="outgoingFormat"
            kindCode={claimCode ?? ''}
            error={errors.outgoingFormat?.message}
          />
        </div>
        <p className="form-subnote">{t('correspondence.orgSettings.tokens')}</p>
        <div className="kind-codes">
          {CorrespondenceKind.options.map((k) => (
            <TextField
              key={k}
              label={t(`correspondence.kindShort.${k}`)}
              maxLength={20}
              error={errors.kindCodes?.[k]?.message}
              {...register(`kindCodes.${k}`)}
            />
          ))}
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('correspondence.orgSettings.answers')}</legend>
        <div className="form-grid form-grid-2">
          <TextField
            label={t('correspondence.orgSettings.signatoryPosition')}
            error={errors.signatoryPosition?.message}
            {...register('signatoryPosition')}
          />
          <TextField
            label={t('correspondence.orgSettings.signatoryName')}
            error={errors.signatoryName?.message}
            {...register('signatoryName')}
          />
          <TextField
            label={t('correspondence.orgSettings.executorName')}
            error={errors.executorName?.message}
            {...register('executorName')}
          />
          <TextField
            label={t('correspondence.orgSettings.executorContact')}
            hint={t('correspondence.orgSettings.executorContactHint')}
            error={errors.executorContact?.message}
            {...register('executorContact')}
          />
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('correspondence.orgSettings.timeAndBreaches')}</legend>
        <div className="form-grid form-grid-2">
          <SelectField
            label={t('correspondence.orgSettings.timeZone')}
            required
            hint={t('correspondence.orgSettings.timeZoneHint')}
            error={errors.timeZone?.message}
            options={[...new Set([...TIME_ZONES, settings.timeZone])].map((z) => ({
              value: z,
              label: zoneDisplay(z, lang),
            }))}
            {...register('timeZone')}
          />
          <TextField
            label={t('correspondence.orgSettings.kgBreachTargetHours')}
            type="number"
            min={1}
            max={720}
            hint={t('correspondence.orgSettings.kgBreachHint')}
            error={errors.kgBreachTargetHours?.message}
            {...register('kgBreachTargetHours', { valueAsNumber: true })}
          />
          <div className="field field-wide">
            <Checkbox label={t('correspondence.orgSettings.gdprOptIn')} {...register('gdprOptIn')} />
            <p className="field-hint">{t('correspondence.orgSettings.gdprHint')}</p>
          </div>
        </div>
      </fieldset>
      <div className="form-actions">
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}
