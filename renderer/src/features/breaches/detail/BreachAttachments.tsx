import { useTranslation } from 'react-i18next';
import type { BreachIncident } from '../../../../../shared/domain/breach';
import { Section } from '../../../components/Layout';
import { useToast } from '../../../components/Toast';
import { useAction } from '../../../hooks/useAction';
import { StoredFileList } from '../../../components/StoredFileList';

interface BreachAttachmentsProps {
  incident: BreachIncident;
  onChanged: (incident: BreachIncident) => void;
}

/** Evidence files of the incident: the main process copies each one and keeps its SHA-256. */
export function BreachAttachments({ incident, onChanged }: BreachAttachmentsProps) {
  const { t } = useTranslation();
  const { notify } = useToast();
  const { busy, run } = useAction();
  const closed = incident.status === 'closed';

  const attach = async () => {
    const result = await run((api) => api.breaches.attach({ id: incident.id }));
    // null: the user closed the file dialog.
    if (result.ok && result.value) {
      notify(t('correspondence.attachments.attached'));
      onChanged(result.value);
    }
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
      {incident.attachments.length === 0 ? (
        <p className="muted">{t('correspondence.attachments.none')}</p>
      ) : (
        <StoredFileList
          files={incident.attachments}
          busy={busy}
          onOpen={(a) => void run((api) => api.breaches.openAttachment({ attachmentId: a.id }))}
        />
      )}
    </Section>
  );
}
