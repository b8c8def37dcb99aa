import { FormDateField } from '../../../components/dates/DateField';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { CorrespondenceItem } from '../../../../../shared/domain/correspondence';
import { BlockCreate, BlockEnd, type SubjectBlock } from '../../../../../shared/domain/correspondenceBlock';
import { localIsoDate } from '../../../../../shared/format/date';
import { TextAreaField } from '../../../components/Field';
import { useToast } from '../../../components/Toast';
import { showDate } from '../../../i18n/format';
import { FormDialog } from '../FormDialog';
import { useDialogSubmit } from '../useDialogSubmit';

interface EndBlockDialogProps {
  block: SubjectBlock;
  onClose: () => void;
  onDone: () => void;
}

/** «Снять блокирование»: the check has ended; the date and the reason are recorded. */
export function EndBlockDialog({ block, onClose, onDone }: EndBlockDialogProps) {
  const { t } = useTranslation();
  const { notify } = useToast();
  const form = useForm<z.input<typeof BlockEnd>, unknown, z.output<typeof BlockEnd>>({
    resolver: zodResolver(BlockEnd),
    defaultValues: { id: block.id, until: localIsoDate(new Date()), reason: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const { error, submit } = useDialogSubmit(['until', 'reason'], form.setError);
  const save = form.handleSubmit(async (data) => {
    if (await submit((api) => api.blocks.end(data))) {
      notify(t('correspondence.blocks.endedToast'));
      onDone();
    }
  });
  return (
    <FormDialog
      title={t('correspondence.blocks.endTitle')}
      submitLabel={t('correspondence.blocks.end')}
      onSubmit={(e) => void save(e)}
      onClose={onClose}
      busy={isSubmitting}
      error={error}
    >
      <p className="muted">{t('correspondence.blocks.endLead', { date: showDate(block.from) })}</p>
      <div className="form-grid form-grid-1">
        <FormDateField
          label={t('correspondence.blocks.until')}
          required
          control={form.control}
          name="until"
        />
        <TextAreaField
          label={t('correspondence.blocks.endReason')}
          required
          hint={t('correspondence.blocks.endReasonHint')}
          error={errors.reason?.message}
          {...form.register('reason')}
        />
      </div>
    </FormDialog>
  );
}

interface CreateBlockDialogProps {
  item: CorrespondenceItem;
  onClose: () => void;
  onDone: () => void;
}

/** Blocks the sender's data while a request is checked (e.g. a correction, 152-FZ art. 21 p. 1). */
export function CreateBlockDialog({ item, onClose, onDone }: CreateBlockDialogProps) {
  const { t } = useTranslation();
  const { notify } = useToast();
  const form = useForm<z.input<typeof BlockCreate>, unknown, z.output<typeof BlockCreate>>({
    resolver: zodResolver(BlockCreate),
    defaultValues: {
      itemId: item.id,
      from: item.receivedDate,
      reason: t('correspondence.blocks.defaultReason', {
        number: item.number,
        date: showDate(item.receivedDate),
      }),
    },
  });
  const { errors, isSubmitting } = form.formState;
  const { error, submit } = useDialogSubmit(['from', 'reason'], form.setError);
  const save = form.handleSubmit(async (data) => {
    if (await submit((api) => api.blocks.create(data))) {
      notify(t('correspondence.blocks.createdToast'));
      onDone();
    }
  });
  return (
    <FormDialog
      title={t('correspondence.blocks.createTitle')}
      submitLabel={t('correspondence.blocks.create')}
      onSubmit={(e) => void save(e)}
      onClose={onClose}
      busy={isSubmitting}
      error={error}
    >
      <div className="form-grid form-grid-1">
        <FormDateField label={t('correspondence.blocks.from')} required control={form.control} name="from" />
        <TextAreaField
          label={t('correspondence.blocks.reason')}
          required
          error={errors.reason?.message}
          {...form.register('reason')}
        />
      </div>
    </FormDialog>
  );
}
