import { useTranslation } from 'react-i18next';
import { PrintPreviewDialog } from '../../components/printPreview/PrintPreviewDialog';

interface RegisterPreviewDialogProps {
  organisationId: number;
  onClose: () => void;
}

/** The printed register: previewed, zoomed, printed or saved as PDF. */
export function RegisterPreviewDialog({ organisationId, onClose }: RegisterPreviewDialogProps) {
  const { t } = useTranslation();
  return (
    <PrintPreviewDialog
      title={t('register.previewTitle')}
      request={{ kind: 'recipientRegister', organisationId }}
      onClose={onClose}
    />
  );
}
