import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrespondenceItem } from '../../../../../shared/domain/correspondence';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { Section } from '../../../components/Layout';
import { useToast } from '../../../components/Toast';
import { useAction } from '../../../hooks/useAction';
import { asLang, showBytes, showInstant } from '../../../i18n/format';

interface AttachmentsSectionProps {
  item: CorrespondenceItem;
  onChanged: (item: CorrespondenceItem) => void;
}

type Attachment = CorrespondenceItem['attachments'][number];

/** The letter's scans and files: the main process copies each one and keeps its SHA-256. */
export function AttachmentsSection({ item, onChanged }: AttachmentsSectionProps) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
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
        <ul className="attachment-list">
          {item.attachments.map((a) => (
            <li key={a.id} className="attachment">
              <div className="attachment-info">
                <span className="attachment-name">{a.fileName}</span>
                <span className="muted small">
                  {showBytes(a.size, t, lang)} · {t('correspondence.attachments.attachedAt')}{' '}
                  {showInstant(a.attachedAt)}
                </span>
                <span className="small">
                  SHA-256 <code className="hash">{a.sha256}</code>
                </span>
              </div>
              <div className="attachment-actions">
                <button
                  type="button"
                  className="btn btn-small"
                  disabled={busy}
                  aria-label={`${t('correspondence.attachments.open')}: ${a.fileName}`}
                  onClick={() => void run((api) => api.correspondence.openAttachment({ attachmentId: a.id }))}
                >
                  {t('correspondence.attachments.open')}
                </button>
                <button
                  type="button"
                  className="btn btn-small btn-ghost"
                  disabled={busy || closed}
                  aria-label={`${t('correspondence.attachments.remove')}: ${a.fileName}`}
                  onClick={() => setRemoving(a)}
                >
                  {t('correspondence.attachments.remove')}
                </button>
              </div>
            </li>
          ))}
        </ul>
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
