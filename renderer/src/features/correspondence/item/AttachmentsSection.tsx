import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrespondenceItem } from '../../../../../shared/domain/correspondence';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { Section } from '../../../components/Layout';
import { useToast } from '../../../components/Toast';
import { useAction } from '../../../hooks/useAction';
import { StoredFileList } from '../../../components/StoredFileList';

interface AttachmentsSectionProps {
  item: CorrespondenceItem;
  onChanged: (item: CorrespondenceItem) => void;
}

type Attachment = CorrespondenceItem['attachments'][number];

/** The letter's scans and files: the main process copies each one and keeps its SHA-256. */
export function AttachmentsSection({ item, onChanged }: AttachmentsSectionProps) {
  const { t } = useTranslation();
  const { notify } = useToast();
  const { busy, run } = useAction();
  const [removing, setRemoving] = useState<Attachment | null>(null);
  const closed = item.status === 'closed';

  const attach = async () => {
    const result = await run((api) => api.correspondence.attach({ id: item.id }));
    // null: the user closed the file dialog.
    if (result.ok && result.value) {
      notify(t('correspondence.attachments.attached'));
      onChanged(result.value);
    }
  };

  const remove = async (attachment: Attachment) => {
    const result = await run((api) => api.correspondence.detach({ attachmentId: attachment.id }));
    setRemoving(null);
    if (!result.ok) return;
    notify(t('correspondence.attachments.removed', { name: attachment.fileName }));
    onChanged(result.value);
  };

  return (
    <Section
      title={t('correspondence.attachments.title')}
      actions={
        <button
          type="button"
          className="btn btn-small"
          disabled={busy || closed}
          onClick={() => void attach()}
        >
          {t('correspondence.attachments.attach')}
        </button>
      }
    >
      {item.attachments.length === 0 ? (
        <p className="muted">{t('correspondence.attachments.none')}</p>
      ) : (
        <StoredFileList
          files={item.attachments}
          busy={busy}
          onOpen={(a) => void run((api) => api.correspondence.openAttachment({ attachmentId: a.id }))}
          actions={(a) => (
            <button
              type="button"
              className="btn btn-small btn-ghost"
              disabled={busy || closed}
              aria-label={`${t('correspondence.attachments.remove')}: ${a.fileName}`}
              onClick={() => setRemoving(item.attachments.find((x) => x.id === a.id) ?? null)}
            >
              {t('correspondence.attachments.remove')}
            </button>
          )}
        />
      )}
      {removing && (
        <ConfirmDialog
          title={t('correspondence.attachments.removeTitle')}
          confirmLabel={t('correspondence.attachments.remove')}
          danger
          busy={busy}
          onClose={() => setRemoving(null)}
          onConfirm={() => void remove(removing)}
        >
          <p>{t('correspondence.attachments.removeText', { name: removing.fileName })}</p>
        </ConfirmDialog>
      )}
    </Section>
  );
}
