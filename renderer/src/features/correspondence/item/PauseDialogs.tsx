import { FormDateField } from '../../../components/dates/DateField';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  PauseInput,
  ResumeInput,
  type CorrespondenceItem,
} from '../../../../../shared/domain/correspondence';
import { localIsoDate } from '../../../../../shared/format/date';
import { TextAreaField } from '../../../components/Field';
import { FormDialog } from '../FormDialog';
import { useDialogSubmit } from '../useDialogSubmit';

export interface DeadlineDialogProps {
  item: CorrespondenceItem;
  onClose: () => void;
  onDone: (item: CorrespondenceItem) => void;
}

type PauseValues = z.input<typeof PauseInput>;

/** «Приостановить»: from a date, until a date or until resumed, with the reason. */
export function PauseDialog({ item, onClose, onDone }: DeadlineDialogProps) {
  const { t } = useTranslation();
  const form = useForm<PauseValues, unknown, z.output<typeof PauseInput>>({
    resolver: zodResolver(PauseInput),
    defaultValues: { id: item.id, from: localIsoDate(new Date()), to: '', reason: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const { error, submit } = useDialogSubmit(['from', 'to', 'reason'], form.setError);
  const save = form.handleSubmit(async (data) => {
    const done = await submit((api) => api.correspondence.pause(data));
    if (done) onDone(done);
  });
  return (
    <FormDialog
      title={t('correspondence.pause.title')}
      submitLabel={t('correspondence.pause.submit')}
      onSubmit={(e) => void save(e)}
      onClose={onClose}
      busy={isSubmitting}
      error={error}
    >
      <p className="muted">{t('correspondence.pause.lead')}</p>
      <div className="form-grid form-grid-2">
        <FormDateField label={t('correspondence.pause.from')} required control={form.control} name="from" />
        <FormDateField
          label={t('correspondence.pause.to')}
          hint={t('correspondence.pause.toHint')}
          control={form.control}
          name="to"
        />
        <TextAreaField
          label={t('correspondence.pause.reason')}
          required
          hint={t('correspondence.pause.reasonHint')}
          error={errors.reason?.message}
          {...form.register('reason')}
        />
      </div>
    </FormDialog>
  );
}

type ResumeValues = z.input<typeof ResumeInput>;

/** «Возобновить»: the running pause ends on its last paused day; the due date moves accordingly. */
export function ResumeDialog({ item, onClose, onDone }: DeadlineDialogProps) {
  const { t } = useTranslation();
  const form = useForm<ResumeValues, unknown, z.output<typeof ResumeInput>>({
    resolver: zodResolver(ResumeInput),
    defaultValues: { id: item.id, to: localIsoDate(new Date()) },
  });
  const { isSubmitting } = form.formState;
  const { error, submit } = useDialogSubmit(['to'], form.setError);
  const save = form.handleSubmit(async (data) => {
    const done = await submit((api) => api.correspondence.resume(data));
    if (done) onDone(done);
  });
  return (
    <FormDialog
      title={t('correspondence.resume.title')}
      submitLabel={t('correspondence.resume.submit')}
      onSubmit={(e) => void save(e)}
      onClose={onClose}
      busy={isSubmitting}
      error={error}
      size="small"
    >
      <div className="form-grid form-grid-1">
        <FormDateField
          label={t('correspondence.resume.to')}
          required
          hint={t('correspondence.resume.toHint')}
          control={form.control}
          name="to"
        />
      </div>
    </FormDialog>
  );
}
