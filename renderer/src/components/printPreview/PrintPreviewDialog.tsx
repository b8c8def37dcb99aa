import { Download, Maximize2, Minus, Plus, Printer } from 'lucide-react';
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentRequest } from '../../../../shared/domain/documents';
import { useAction } from '../../hooks/useAction';
import { useQuery } from '../../hooks/useQuery';
import { Dialog } from '../Dialog';
import { ErrorBlock, Loading } from '../Layout';
import { useToast } from '../Toast';
import { fitZoom, sheetWidthPx, zoomedHtml, zoomIn, zoomOut } from './previewZoom';
import './printPreview.css';

interface PrintPreviewDialogProps {
  title: string;
  request: DocumentRequest;
  /** Changes when the document's data changed, so it is rendered again. */
  version?: number | string;
  onClose: () => void;
}

/**
 * Print preview: the document as it will print, fitted to the dialog's width (or zoomed in steps),
 * printed or saved as PDF from here. The document runs in a sandboxed frame (no scripts).
 */
export function PrintPreviewDialog({ title, request, version = 0, onClose }: PrintPreviewDialogProps) {
  const { t } = useTranslation();
  const { notify } = useToast();
  const { busy, run } = useAction();
  const preview = useQuery(`preview:${JSON.stringify(request)}:${version}`, (api) =>
    api.documents.preview(request),
  );
  const viewport = useRef<HTMLDivElement>(null);
  const [available, setAvailable] = useState(0);
  const [zoom, setZoom] = useState<number | 'fit'>('fit');

  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setAvailable(element.clientWidth - 24));
    observer.observe(element);
    return () => observer.disconnect();
  }, [preview.data]);

  const html = preview.data?.html ?? '';
  const fitted = available > 0 ? fitZoom(available, sheetWidthPx(html)) : 1;
  const shown = zoom === 'fit' ? fitted : zoom;

  const savePdf = async () => {
    const result = await run((api) => api.documents.savePdf(request));
    if (result.ok && result.value) notify(t('common.fileSaved', { path: result.value.path }));
  };

  return (
    <Dialog
      title={title}
      onClose={onClose}
      size="large"
      locked={busy}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose} disabled={busy} data-autofocus>
            {t('common.close')}
          </button>
          <button
            type="button"
            className="btn"
            disabled={busy || !preview.data}
            onClick={() => void savePdf()}
          >
            <Download size={15} aria-hidden="true" />
            {t('desktop.preview.savePdf')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy || !preview.data}
            onClick={() => void run((api) => api.documents.print(request))}
          >
            <Printer size={15} aria-hidden="true" />
            {t('desktop.preview.print')}
          </button>
        </>
      }
    >
      <div className="print-preview">
        <div className="print-preview-toolbar" role="toolbar" aria-label={t('desktop.preview.zoom')}>
          <button
            type="button"
            className="btn btn-small"
            aria-label={t('desktop.preview.zoomOut')}
            onClick={() => setZoom(zoomOut(shown))}
          >
            <Minus size={15} aria-hidden="true" />
          </button>
          <output className="print-preview-zoom" aria-label={t('desktop.preview.zoom')}>
            {Math.round(shown * 100)} %
          </output>
          <button
            type="button"
            className="btn btn-small"
            aria-label={t('desktop.preview.zoomIn')}
            onClick={() => setZoom(zoomIn(shown))}
          >
            <Plus size={15} aria-hidden="true" />
          </button>
          <button
            type="button"
            className="btn btn-small"
            aria-pressed={zoom === 'fit'}
            onClick={() => setZoom('fit')}
          >
            <Maximize2 size={14} aria-hidden="true" />
            {t('desktop.preview.fit')}
          </button>
          <button
            type="button"
            className="btn btn-small"
            aria-pressed={zoom === 1}
            onClick={() => setZoom(1)}
          >
            {t('desktop.preview.actualSize')}
          </button>
        </div>
        <div ref={viewport} className="print-preview-viewport">
          {preview.error && <ErrorBlock error={preview.error} onRetry={preview.reload} />}
          {!preview.error && !preview.data && <Loading />}
          {preview.data && (
            <iframe
              className="print-preview-frame"
              title={t('desktop.preview.frame', { title })}
              sandbox=""
              srcDoc={zoomedHtml(html, shown)}
            />
          )}
        </div>
      </div>
    </Dialog>
  );
}
