import type { DocumentRequest } from '../../../../shared/domain/documents';
import { ErrorBlock, Loading } from '../../components/Layout';
import { useQuery } from '../../hooks/useQuery';

interface DocumentPreviewFrameProps {
  request: DocumentRequest;
  title: string;
  /** Bump to render again (after the document's data changed). */
  version?: number | string;
  className?: string;
}

/** A printed document as the main process renders it, in a sandboxed frame (no scripts run). */
export function DocumentPreviewFrame({ request, title, version = 0, className }: DocumentPreviewFrameProps) {
  const preview = useQuery(`preview:${JSON.stringify(request)}:${version}`, (api) =>
    api.documents.preview(request),
  );
  if (preview.error) return <ErrorBlock error={preview.error} onRetry={preview.reload} />;
  if (!preview.data) return <Loading />;
  return (
    <iframe className={className ?? 'preview-frame'} title={title} sandbox="" srcDoc={preview.data.html} />
  );
}
