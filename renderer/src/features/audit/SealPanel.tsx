import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditReport, AuditSeal } from '../../../../shared/domain/auditIntegrity';
import { TextField } from '../../components/Field';
import { useToast } from '../../components/Toast';
import { useAction } from '../../hooks/useAction';
import { fieldMessage } from '../../i18n/messages';

interface SealPanelProps {
  onReport: (report: AuditReport) => void;
  onChanged: () => void;
}

/** Issue a seal (print, PDF, file) and verify the trail against a seal file or a printed one. */
export function SealPanel({ onReport, onChanged }: SealPanelProps) {
  const { t } = useTranslation();
  const { notify } = useToast();
  const { busy, run } = useAction();
  const [seal, setSeal] = useState<AuditSeal | null>(null);
  const [count, setCount] = useState('');
  const [hash, setHash] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const issue = async () => {
    const result = await run((api) => api.audit.seal());
    if (!result.ok) return;
    setSeal(result.value);
    notify(t('auditTrail.seal.issued', { count: result.value.count }));
    onChanged();
  };
  const saved = (path: string | undefined) => path && notify(t('common.fileSaved', { path }));
  const verifyFile = async () => {
    const result = await run((api) => api.audit.verifySeal({ source: 'file' }));
    if (result.ok && result.value) onReport(result.value);
  };
  const verifyTyped = async () => {
    const result = await run((api) => api.audit.verifySeal({ source: 'typed', count: Number(count), hash }));
    if (result.ok) {
      setErrors({});
      if (result.value) onReport(result.value);
    } else {
      const fe = result.error.fieldErrors ?? {};
      setErrors(Object.fromEntries(Object.entries(fe).map(([k, v]) => [k, fieldMessage(t, v[0] ?? '')])));
    }
  };

  return (
    <div className="seal-panel">
      <h3>{t('auditTrail.seal.title')}</h3>
      <p className="muted">{t('auditTrail.seal.lead')}</p>
      <div className="button-row">
        <button type="button" className="btn" disabled={busy} onClick={() => void issue()}>
          {t('auditTrail.seal.issue')}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => void verifyFile()}>
          {t('auditTrail.seal.verifyFile')}
        </button>
      </div>
      {seal && (
        <div className="card card-padded seal-card" role="region" aria-label={t('auditTrail.seal.title')}>
          <p>
            {t('auditTrail.seal.count')}: <strong>{seal.count}</strong>
          </p>
          <p>
            {t('auditTrail.seal.hash')}: <code className="seal-hash">{seal.hash}</code>
          </p>
          <div className="button-row">
            <button
              type="button"
              className="btn btn-small"
              disabled={busy}
              onClick={() =>
                void run((api) => api.documents.print({ kind: 'auditSeal', lastId: seal.lastId }))
              }
            >
              {t('auditTrail.print')}
            </button>
            <button
              type="button"
              className="btn btn-small"
              disabled={busy}
              onClick={() =>
                void run((api) => api.documents.savePdf({ kind: 'auditSeal', lastId: seal.lastId })).then(
                  (r) => r.ok && saved(r.value?.path),
                )
              }
            >
              {t('auditTrail.savePdf')}
            </button>
            <button
              type="button"
              className="btn btn-small"
              disabled={busy}
              onClick={() =>
                void run((api) => api.audit.saveSeal({ lastId: seal.lastId })).then(
                  (r) => r.ok && saved(r.value?.path),
                )
              }
            >
              {t('auditTrail.seal.saveFile')}
            </button>
          </div>
        </div>
      )}
      <form
        className="seal-typed"
        aria-label={t('auditTrail.seal.verifyTyped')}
        onSubmit={(e) => {
          e.preventDefault();
          void verifyTyped();
        }}
      >
        <TextField
          label={t('auditTrail.seal.typedCount')}
          inputMode="numeric"
          value={count}
          error={errors.count}
          onChange={(e) => setCount(e.target.value.replace(/\D/g, ''))}
        />
        <TextField
          label={t('auditTrail.seal.typedHash')}
          value={hash}
          error={errors.hash}
          wide
          onChange={(e) => setHash(e.target.value)}
        />
        <button type="submit" className="btn" disabled={busy || count === '' || hash === ''}>
          {t('auditTrail.seal.verifyRun')}
        </button>
      </form>
    </div>
  );
}
