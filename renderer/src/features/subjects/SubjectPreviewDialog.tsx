import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { ErrorBlock, Loading } from '../../components/Layout';
import { useQuery } from '../../hooks/useQuery';

interface SubjectPreviewDialogProps {
  subjectId: number;
  onClose: () => void;
}

/** The printed information for the subject as the main process renders it, in a sandboxed frame. */
export function SubjectPreviewDialog({ subjectId, onClose }: SubjectPreviewDialogProps) {
  const { t } = useTranslation();
  const preview = useQuery(`subject-preview:${subjectId}`, (api) =>
    api.documents.preview({ kind: 'subjectProcessingInfo', subjectId }),
  );
  return (
    <Dialog
      title={t('ledger.print.previewTitle')}
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
          title={t('ledger.print.previewFrame')}
          sandbox=""
          srcDoc={preview.data.html}
        />
      )}
    </Dialog>
  );
}
