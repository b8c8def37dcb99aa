import { useTranslation } from 'react-i18next';
import { PrintPreviewDialog } from '../../components/printPreview/PrintPreviewDialog';

interface SubjectPreviewDialogProps {
  subjectId: number;
  onClose: () => void;
}

/** The printed information for the subject: previewed, zoomed, printed or saved as PDF. */
export function SubjectPreviewDialog({ subjectId, onClose }: SubjectPreviewDialogProps) {
  const { t } = useTranslation();
  return (
    <PrintPreviewDialog
      title={t('ledger.print.previewTitle')}
      request={{ kind: 'subjectProcessingInfo', subjectId }}
      onClose={onClose}
    />
  );
}
