import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreachIncident } from '../../../../../shared/domain/breach';
import { Section } from '../../../components/Layout';
import { useToast } from '../../../components/Toast';
import { useAction } from '../../../hooks/useAction';
import { PrintPreviewDialog } from '../../../components/printPreview/PrintPreviewDialog';
import { DOCUMENT_KINDS, kindsFor, type BreachDocumentKind } from './documentKinds';

/** The printed notices and the report: preview, print, save as PDF (like the register toolbar). */
export function PrintSection({ incident }: { incident: BreachIncident }) {
  const { t } = useTranslation();
  const { notify } = useToast();
  const { busy, run } = useAction();
  const [preview, setPreview] = useState<BreachDocumentKind | null>(null);
  const own = kindsFor(incident.jurisdiction);
  const request = (kind: BreachDocumentKind) => ({ kind, incidentId: incident.id });

  const savePdf = async (kind: BreachDocumentKind) => {
    const result = await run((api) => api.documents.savePdf(request(kind)));
    if (result.ok && result.value) notify(t('common.fileSaved', { path: result.value.path }));
  };

  return (
    <Section title={t('breaches.print.title')}>
      <ul className="print-list">
        {DOCUMENT_KINDS.map((kind) => {
          const name = t(`breaches.documents.${kind}`);
          return (
            <li key={kind} className="print-item">
              <span className="print-name">
                {name}
                {!own.includes(kind) && (
                  <span className="muted"> · {t('breaches.print.otherJurisdiction')}</span>
                )}
              </span>
              <div className="btn-group" role="group" aria-label={name}>
                <button type="button" className="btn btn-small" onClick={() => setPreview(kind)}>
                  {t('breaches.print.preview')}
                </button>
                <button
                  type="button"
                  className="btn btn-small"
                  disabled={busy}
                  onClick={() => void run((api) => api.documents.print(request(kind)))}
                >
                  {t('breaches.print.print')}
                </button>
                <button
                  type="button"
                  className="btn btn-small"
                  disabled={busy}
                  onClick={() => void savePdf(kind)}
                >
                  {t('breaches.print.savePdf')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {preview && (
        <PrintPreviewDialog
          title={t(`breaches.documents.${preview}`)}
          request={request(preview)}
          version={incident.updatedAt}
          onClose={() => setPreview(null)}
        />
      )}
    </Section>
  );
}
