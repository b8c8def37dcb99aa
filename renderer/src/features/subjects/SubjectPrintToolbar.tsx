import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../../components/Toast';
import { useAction } from '../../hooks/useAction';
import { SubjectPreviewDialog } from './SubjectPreviewDialog';

/** «Печать сведений для субъекта»: preview, print and save as PDF, like the register's toolbar. */
export function SubjectPrintToolbar({ subjectId }: { subjectId: number }) {
  const { t } = useTranslation();
  const { notify } = useToast();
  const { busy, run } = useAction();
  const [previewOpen, setPreviewOpen] = useState(false);
  const document = { kind: 'subjectProcessingInfo', subjectId } as const;

  const savePdf = async () => {
    const result = await run((api) => api.documents.savePdf(document));
    // null: the officer cancelled the save dialog.
    if (result.ok && result.value) notify(t('common.fileSaved', { path: result.value.path }));
  };

  return (
    <div className="toolbar">
      <button
        type="button"
        className="btn btn-primary"
        disabled={busy}
        onClick={() => void run((api) => api.documents.print(document))}
      >
        {t('ledger.print.print')}
      </button>
      <div className="btn-group">
        <button type="button" className="btn" onClick={() => setPreviewOpen(true)}>
          {t('ledger.print.preview')}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => void savePdf()}>
          {t('ledger.print.savePdf')}
        </button>
      </div>
      {previewOpen && <SubjectPreviewDialog subjectId={subjectId} onClose={() => setPreviewOpen(false)} />}
    </div>
  );
}
