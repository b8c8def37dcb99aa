import { FormDateField } from '../../../components/dates/DateField';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ReceivedVia, type CorrespondenceItem } from '../../../../../shared/domain/correspondence';
import {
  AnswerMarkSent,
  AnswerRegister,
  type Answer,
} from '../../../../../shared/domain/correspondenceAnswer';
import { localIsoDate } from '../../../../../shared/format/date';
import { SelectField } from '../../../components/Field';
import { useToast } from '../../../components/Toast';
import { FormDialog } from '../FormDialog';
import { useDialogSubmit } from '../useDialogSubmit';

interface DialogProps {
  answer: Answer;
  onClose: () => void;
  onDone: () => void;
}

/** Assigns the next outgoing number of the organisation's year; the letter is then printed and signed. */
export function RegisterAnswerDialog({ answer, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const { notify } = useToast();
  const form = useForm<z.input<typeof AnswerRegister>, unknown, z.output<typeof AnswerRegister>>({
    resolver: zodResolver(AnswerRegister),
    defaultValues: { id: answer.id, date: localIsoDate(new Date()) },
  });
  const { isSubmitting } = form.formState;
  const { error, submit } = useDialogSubmit(['date'], form.setError);
  const save = form.handleSubmit(async (data) => {
    const registered = await submit((api) => api.answers.register(data));
    if (!registered) return;
    notify(t('correspondence.editor.registered', { number: registered.outgoingNumber ?? '' }));
    onDone();
  });
  return (
    <FormDialog
      title={t('correspondence.editor.registerTitle')}
      submitLabel={t('correspondence.editor.registerSubmit')}
      onSubmit={(e) => void save(e)}
      onClose={onClose}
      busy={isSubmitting}
      error={error}
    >
      <p className="muted">{t('correspondence.editor.registerLead')}</p>
      <div className="form-grid form-grid-1">
        <FormDateField label={t('correspondence.editor.outgoingDate')} control={form.control} name="date" />
      </div>
    </FormDialog>
  );
}

/** Freezes the letter: the PDF and its SHA-256 are stored; later edits make a new version. */
export function MarkSentDialog({
  answer,
  item,
  onClose,
  onDone,
}: DialogProps & { item: CorrespondenceItem }) {
  const { t } = useTranslation();
  const { notify } = useToast();
  const form = useForm<z.input<typeof AnswerMarkSent>, unknown, z.output<typeof AnswerMarkSent>>({
    resolver: zodResolver(AnswerMarkSent),
    defaultValues: { id: answer.id, sentDate: localIsoDate(new Date()), channel: item.receivedVia },
  });
  const { errors, isSubmitting } = form.formState;
  const { error, submit } = useDialogSubmit(['sentDate', 'channel'], form.setError);
  const save = form.handleSubmit(async (data) => {
    const sent = await submit((api) => api.answers.markSent(data));
    if (!sent) return;
    notify(t('correspondence.editor.sentToast', { number: sent.outgoingNumber ?? '' }));
    onDone();
  });
  return (
    <FormDialog
      title={t('correspondence.editor.markSentTitle')}
      submitLabel={t('correspondence.editor.markSentSubmit')}
      onSubmit={(e) => void save(e)}
      onClose={onClose}
      busy={isSubmitting}
      error={error}
    >
      <p className="notice notice-inline">{t('correspondence.editor.freezeWarning')}</p>
      {!answer.outgoingNumber && <p className="muted">{t('correspondence.editor.numberOnSend')}</p>}
      <div className="form-grid form-grid-2">
        <FormDateField
          label={t('correspondence.editor.sentDate')}
          required
          control={form.control}
          name="sentDate"
        />
        <SelectField
          label={t('correspondence.editor.channel')}
          required
          options={ReceivedVia.options.map((v) => ({
            value: v,
            label: t(`correspondence.receivedVia.${v}`),
          }))}
          error={errors.channel?.message}
          {...form.register('channel')}
        />
      </div>
    </FormDialog>
  );
}
