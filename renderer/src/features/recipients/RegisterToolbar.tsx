import { Plus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedFile } from '../../../../shared/domain/app';
import { useToast } from '../../components/Toast';
import { useAction } from '../../hooks/useAction';
import { useNavigate } from '../../shell/routes';
import { RegisterPreviewDialog } from './RegisterPreviewDialog';

/** Add, preview, print, save as PDF and export the register of the current organisation. */
export function RegisterToolbar({ organisationId, archived }: { organisationId: number; archived: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { notify } = useToast();
  const { busy, run } = useAction();
  const [previewOpen, setPreviewOpen] = useState(false);
  const document = { kind: 'recipientRegister', organisationId } as const;

  // null = the user cancelled the save dialog: nothing to say.
  const reportSaved = (file: SavedFile) => {
    if (file) notify(t('common.fileSaved', { path: file.path }));
  };

  const savePdf = async () => {
    const result = await run((api) => api.documents.savePdf(document));
    if (result.ok) reportSaved(result.value);
  };

  const exportAs = async (format: 'csv' | 'xlsx') => {
    const result = await run((api) => api.recipients.export({ organisationId, format }));
    if (result.ok) reportSaved(result.value);
  };

  return (
    <div className="toolbar">
      <button
        type="button"
        className="btn btn-primary"
        disabled={archived}
        onClick={() => navigate({ page: 'recipientNew' })}
      >
        <Plus size={15} aria-hidden="true" />
        {t('register.add')}
      </button>
      <div className="btn-group">
        <button type="button" className="btn" onClick={() => setPreviewOpen(true)}>
          {t('register.preview')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={busy}
          onClick={() => void run((api) => api.documents.print(document))}
        >
          {t('register.print')}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => void savePdf()}>
          {t('register.savePdf')}
        </button>
      </div>
      <div className="btn-group">
        <button type="button" className="btn" disabled={busy} onClick={() => void exportAs('csv')}>
          {t('register.exportCsv')}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => void exportAs('xlsx')}>
          {t('register.exportXlsx')}
        </button>
      </div>
      {previewOpen && (
        <RegisterPreviewDialog organisationId={organisationId} onClose={() => setPreviewOpen(false)} />
      )}
    </div>
  );
}
