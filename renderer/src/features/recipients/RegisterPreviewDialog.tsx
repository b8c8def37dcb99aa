import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { ErrorBlock, Loading } from '../../components/Layout';
import { useQuery } from '../../hooks/useQuery';

interface RegisterPreviewDialogProps {
  organisationId: number;
  onClose: () => void;
}

/** The printed register as the main process renders it, in a sandboxed frame (no scripts run). */
export function RegisterPreviewDialog({ organisationId, onClose }: RegisterPreviewDialogProps) {
  const { t } = useTranslation();
  const preview = useQuery(`preview:${organisationId}`, (api) =>
    api.documents.preview({ kind: 'recipientRegister', organisationId }),
  );
  return (
    <Dialog
      title={t('register.previewTitle')}
      onClose={onClose}
      size="large"
      footer={
        <button type="button" className="btn" onClick={onClose} data-autofocus>
          {t('common.close')}
        </button>
      }
    >
      {preview.error && <ErrorBlock error={preview.error} onRetry={preview.reload} />}
      {!preview.error && !preview.data && <Loading />}
      {preview.data && (
        <iframe
          className="preview-frame"
          title={t('register.previewFrame')}
          sandbox=""
          srcDoc={preview.data.html}
        />
      )}
    </Dialog>
  );
}
