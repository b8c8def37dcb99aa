import { FormDateField } from '../../../components/dates/DateField';
import { useEffect } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { RuleOption } from '../../../../../shared/domain/correspondenceDeadline';
import { SelectField } from '../../../components/Field';
import { ErrorBlock } from '../../../components/Layout';
import { useQuery } from '../../../hooks/useQuery';
import { asLang } from '../../../i18n/format';
import { periodText } from '../periodText';
import { PolicyClaimNote } from '../../policies/ClaimTermsNote';
import { DeadlinePreviewBox } from './DeadlinePreviewBox';
import type { ItemFormApi } from './itemFormValues';

interface RuleFieldProps {
  form: ItemFormApi;
  organisationId: number;
}

/** The deadline rule (default preselected; fallback rules say so) and the live due date. */
export function RuleFields({ form, organisationId }: RuleFieldProps) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const { control, register, setValue, getValues, formState } = form;
  const kind = useWatch({ control, name: 'kind' });
  const ruleId = useWatch({ control, name: 'ruleId' });
  const rules = useQuery(kind ? `rules:${organisationId}:${kind}` : null, (api) =>
    api.deadlines.rules({ organisationId, kind: kind || 'other' }),
  );
  const options = kind ? rules.data : undefined;

  // A kind's rules replace the previous kind's: keep the chosen rule if it fits, else the default.
  useEffect(() => {
    if (!options || options.length === 0) return;
    const chosen = getValues('ruleId');
    if (!options.some((o) => o.ruleId === chosen)) {
      const preferred = options.find((o) => o.isDefault) ?? options[0];
      setValue('ruleId', preferred?.ruleId ?? '', { shouldDirty: false });
    }
  }, [options, getValues, setValue]);

  const selected: RuleOption | undefined = options?.find((o) => o.ruleId === ruleId);
  const label = (o: RuleOption) => {
    const title = lang === 'ru' ? o.titleRu : o.titleEn;
    const marks = [
      o.isDefault ? t('correspondence.rules.default') : '',
      o.fallback ? t('correspondence.rules.fallback') : '',
      o.verify ? t('correspondence.rules.verify') : '',
    ].filter(Boolean);
    return `${title} — ${periodText(t, o.amount, o.unit)}${marks.length ? ` (${marks.join('; ')})` : ''}`;
  };

  return (
    <fieldset className="form-section form-section-accent">
      <legend>{t('correspondence.form.sections.deadline')}</legend>
      {!kind && <p className="muted">{t('correspondence.form.chooseKindFirst')}</p>}
      {rules.error && kind && <ErrorBlock error={rules.error} onRetry={rules.reload} />}
      {kind && options && (
        <div className="form-grid">
          <SelectField
            label={t('correspondence.form.fields.rule')}
            span2
            options={options.map((o) => ({ value: o.ruleId, label: label(o) }))}
            error={formState.errors.ruleId?.message}
            {...register('ruleId')}
          />
          {selected && selected.startEvent !== 'received' && (
            <FormDateField
              label={t(`correspondence.startEvent.${selected.startEvent}`)}
              hint={t('correspondence.form.hints.startDate')}
              error={formState.errors.startDate?.message}
              control={control}
              name="startDate"
            />
          )}
          {kind === 'claim' && <PolicyClaimNote organisationId={organisationId} />}
          {selected?.fallback && (
            <p className="notice notice-inline field-wide">{t('correspondence.rules.fallbackNotice')}</p>
          )}
          <DeadlinePreviewBox form={form} organisationId={organisationId} rule={selected} />
        </div>
      )}
    </fieldset>
  );
}
