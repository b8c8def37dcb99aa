import { useTranslation } from 'react-i18next';
import type { Recipient } from '../../../../shared/domain/recipient';
import { Detail } from '../../components/Layout';
import { useToast } from '../../components/Toast';
import { useAction } from '../../hooks/useAction';
import { asLang, showBytes, showInstant } from '../../i18n/format';

interface ContractFileBlockProps {
  recipient: Recipient;
  onChanged: () => void;
}

/** The signed contract or instruction: the main process asks for the file, copies it and hashes it. */
export function ContractFileBlock({ recipient, onChanged }: ContractFileBlockProps) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const { notify } = useToast();
  const { busy, run } = useAction();
  const file = recipient.contractFile;
  const archived = recipient.archivedAt !== null;

  const attach = async () => {
    const result = await run((api) => api.recipients.attachContract({ id: recipient.id }));
    // null: the user closed the file dialog.
    if (result.ok && result.value) {
      notify(t('recipients.contractFile.attached'));
      onChanged();
    }
  };

  return (
    <div className="file-block">
      <h3>{t('recipients.fields.contractFile')}</h3>
      {file ? (
        <dl className="details details-compact">
          <Detail label={t('recipients.contractFile.name')}>{file.fileName}</Detail>
          <Detail label={t('recipients.contractFile.size')}>{showBytes(file.size, t, lang)}</Detail>
          <Detail label={t('recipients.contractFile.attachedAt')}>{showInstant(file.attachedAt)}</Detail>
          <Detail label={t('recipients.contractFile.sha256')} wide>
            <code className="hash">{file.sha256}</code>
          </Detail>
        </dl>
      ) : (
        <p className="muted">{t('recipients.contractFile.none')}</p>
      )}
      <div className="button-row">
        {file && (
          <button
            type="button"
            className="btn"
            disabled={busy}
            onClick={() => void run((api) => api.recipients.openContract({ id: recipient.id }))}
          >
            {t('recipients.contractFile.open')}
          </button>
        )}
        <button type="button" className="btn" disabled={busy || archived} onClick={() => void attach()}>
          {file ? t('recipients.contractFile.replace') : t('recipients.contractFile.attach')}
        </button>
      </div>
    </div>
  );
}
