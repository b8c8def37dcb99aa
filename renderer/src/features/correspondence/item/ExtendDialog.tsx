import { FormDateField } from '../../../components/dates/DateField';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ExtendInput } from '../../../../../shared/domain/correspondence';
import type { RuleOption } from '../../../../../shared/domain/correspondenceDeadline';
import { localIsoDate } from '../../../../../shared/format/date';
import { TextAreaField, TextField } from '../../../components/Field';
import { FormDialog } from '../FormDialog';
import { periodText } from '../periodText';
import { useDialogSubmit } from '../useDialogSubmit';
import type { DeadlineDialogProps } from './PauseDialogs';

type ExtendValues = z.input<typeof ExtendInput>;

/** «Продлить срок»: in the rule's unit, up to its extension, with the reason (e.g. the reasoned notice). */
export function ExtendDialog({
  item,
  rule,
  remaining,
  onClose,
  onDone,
}: DeadlineDialogProps & { rule: RuleOption; remaining: number }) {
  const { t } = useTranslation();
  const extension = rule.extension;
  const form = useForm<ExtendValues, unknown, z.output<typeof ExtendInput>>({
    resolver: zodResolver(ExtendInput),
    defaultValues: {
      id: item.id,
      amount: Math.max(1, remaining),
      unit: extension?.unit ?? 'workingDays',
      reason: '',
      grantedOn: localIsoDate(new Date()),
    },
  });
  const { errors, isSubmitting } = form.formState;
  const { error, submit } = useDialogSubmit(['amount', 'reason', 'grantedOn'], form.setError);
  const save = form.handleSubmit(async (data) => {
    const done = await submit((api) => api.correspondence.extend(data));
    if (done) onDone(done);
  });
  return (
    <FormDialog
      title={t('correspondence.extend.title')}
      submitLabel={t('correspondence.extend.submit')}
      onSubmit={(e) => void save(e)}
      onClose={onClose}
      busy={isSubmitting}
      error={error}
    >
      {extension && (
        <p className="muted">
          {t('correspondence.extend.allowed', {
            period: periodText(t, extension.amount, extension.unit),
            condition: extension.condition,
          })}
        </p>
      )}
      <div className="form-grid form-grid-2">
        <TextField
          label={t('correspondence.extend.amount', {
            unit: t(`correspondence.unitNames.${extension?.unit ?? 'workingDays'}`),
          })}
          type="number"
          min={1}
          max={remaining}
          required
          error={errors.amount?.message}
          {...form.register('amount', { valueAsNumber: true })}
        />
        <FormDateField
          label={t('correspondence.extend.grantedOn')}
          required
          control={form.control}
          name="grantedOn"
        />
        <TextAreaField
          label={t('correspondence.extend.reason')}
          required
          hint={t('correspondence.extend.reasonHint')}
          error={errors.reason?.message}
          {...form.register('reason')}
        />
      </div>
    </FormDialog>
  );
}
