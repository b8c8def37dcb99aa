import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { NewSubject } from '../../../../shared/domain/ledger';
import { TextAreaField, TextField } from '../../components/Field';
import { FormDialog } from '../correspondence/FormDialog';
import { useDialogSubmit } from '../correspondence/useDialogSubmit';

type Values = z.input<typeof NewSubject>;
const FIELDS = ['fullName', 'phone', 'email', 'address', 'note'] as const;

/**
 * «Добавить субъекта»: a person who wrote in but is in no export. The schema is the one the main
 * process checks; the phone is checked there against the organisation's country and its error comes
 * back next to the field.
 */
export function NewSubjectDialog({
  organisationId,
  onClose,
  onCreated,
}: {
  organisationId: number;
  onClose: () => void;
  onCreated: (id: number) => void;
}) {
  const { t } = useTranslation();
  const form = useForm<Values, unknown, z.output<typeof NewSubject>>({
    resolver: zodResolver(NewSubject),
    defaultValues: { organisationId, fullName: '', phone: '', email: '', address: '', note: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const { error, submit } = useDialogSubmit(FIELDS, form.setError);
  const save = form.handleSubmit(async (data) => {
    const created = await submit((api) => api.subjects.create(data));
    if (created) onCreated(created.id);
  });
  return (
    <FormDialog
      title={t('subjectEdits.add.title')}
      submitLabel={t('subjectEdits.add.submit')}
      onSubmit={(e) => void save(e)}
      onClose={onClose}
      busy={isSubmitting}
      error={error}
    >
      <p className="muted">{t('subjectEdits.add.lead')}</p>
      <div className="form-grid form-grid-2">
        <TextField
          label={t('subjectEdits.add.fullName')}
          hint={t('subjectEdits.add.fullNameHint')}
          required
          wide
          data-autofocus
          autoComplete="off"
          error={errors.fullName?.message}
          {...form.register('fullName')}
        />
        <TextField
          label={t('subjectEdits.add.phone')}
          hint={t('subjectEdits.add.phoneHint')}
          type="tel"
          autoComplete="off"
          error={errors.phone?.message}
          {...form.register('phone')}
        />
        <TextField
          label={t('subjectEdits.add.email')}
          type="email"
          autoComplete="off"
          error={errors.email?.message}
          {...form.register('email')}
        />
        <TextAreaField
          label={t('subjectEdits.add.address')}
          rows={2}
          error={errors.address?.message}
          {...form.register('address')}
        />
        <TextAreaField
          label={t('subjectEdits.add.note')}
          hint={t('subjectEdits.add.noteHint')}
          rows={2}
          error={errors.note?.message}
          {...form.register('note')}
        />
      </div>
    </FormDialog>
  );
}
