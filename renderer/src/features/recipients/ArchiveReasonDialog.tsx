import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecipientArchive } from '../../../../shared/domain/recipient';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { TextAreaField } from '../../components/Field';

interface ArchiveReasonDialogProps {
  title: string;
  text: string;
  busy: boolean;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}

const reasonRule = RecipientArchive.shape.reason;

/** Archiving asks why: the reason is required (the same rule as the main process) and kept. */
export function ArchiveReasonDialog({ title, text, busy, onConfirm, onClose }: ArchiveReasonDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const confirm = () => {
    const parsed = reasonRule.safeParse(reason);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'validation.required');
      return;
    }
    setError(undefined);
    onConfirm(parsed.data);
  };
  return (
    <ConfirmDialog
      title={title}
      confirmLabel={t('common.archive')}
      danger
      busy={busy}
      onClose={onClose}
      onConfirm={confirm}
    >
      <p>{text}</p>
      <TextAreaField
        label={t('desktop.register.archiveReason')}
        required
        rows={3}
        value={reason}
        hint={t('desktop.register.archiveReasonHint')}
        error={error}
        onChange={(e) => {
          setReason(e.target.value);
          if (error) setError(undefined);
        }}
      />
    </ConfirmDialog>
  );
}
