import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useAction } from '../../hooks/useAction';
import { asLang, showBytes, showNumber } from '../../i18n/format';
import { useNavigate } from '../../shell/routes';
import { ImportCounts } from './ImportCounts';
import { ImportResult } from './ImportResult';
import { ledgerErrorText, showDuration } from './importText';
import { ProgressBar } from './ProgressBar';
import { WizardActions } from './WizardActions';
import { initialWizard, type TrackedJob, type WizardUpdate } from './wizardState';

interface RunStepProps {
  run: TrackedJob;
  fileName: string;
  update: (update: WizardUpdate) => void;
  onShowRejections: (importId: number, fileName: string) => void;
}

/** Step 4: the live progress of the import (polled by the session every 250 ms), Cancel, then the result. */
export function RunStep({ run, fileName, update, onShowRejections }: RunStepProps) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const navigate = useNavigate();
  const { busy, run: act } = useAction();
  const [confirming, setConfirming] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const status = run.status;
  const restart = () => update(() => initialWizard);

  const cancel = async () => {
    const result = await act((api) => api.imports.cancel({ jobId: run.jobId }));
    setConfirming(false);
    if (result.ok) setCancelling(true);
  };

  // The job could not be polled (e.g. the main process no longer knows it).
  if (run.error) {
    return (
      <>
        <p className="form-error" role="alert">
          {ledgerErrorText(t, run.error)}
        </p>
        <WizardActions>
          <button type="button" className="btn btn-primary" onClick={restart}>
            {t('ledger.run.newImport')}
          </button>
        </WizardActions>
      </>
    );
  }
  if (status && status.state !== 'running') {
    return (
      <ImportResult
        status={status}
        fileName={fileName}
        onRestart={restart}
        onShowRejections={onShowRejections}
        onOpenSubjects={() => navigate({ page: 'subjects' })}
      />
    );
  }

  const eta = status?.etaSeconds;
  const facts = [
    t('ledger.run.speed', {
      rows: showNumber(status?.rowsPerSecond ?? 0, lang),
    }),
    eta === null || eta === undefined
      ? t('ledger.run.etaUnknown')
      : t('ledger.run.eta', { time: showDuration(t, eta) }),
    t('ledger.run.bytes', {
      read: showBytes(status?.bytesRead ?? 0, t, lang),
      total: showBytes(status?.totalBytes ?? 0, t, lang),
    }),
  ];

  return (
    <>
      <p className="wizard-lead">{t('ledger.run.lead', { file: fileName })}</p>
      <div className="run-progress">
        <ProgressBar
          percent={status?.percent ?? 0}
          label={t('ledger.run.progressLabel')}
          valueText={facts[1]}
        />
        <p className="run-facts">
          {facts.map((fact) => (
            <span key={fact}>{fact}</span>
          ))}
        </p>
      </div>
      {status && <ImportCounts counts={status.counts} label={t('ledger.run.countsLabel')} />}
      <WizardActions>
        {cancelling && (
          <span className="muted" role="status">
            {t('ledger.run.cancelling')}
          </span>
        )}
        <button
          type="button"
          className="btn"
          disabled={cancelling || busy}
          onClick={() => setConfirming(true)}
        >
          {t('ledger.run.cancel')}
        </button>
      </WizardActions>
      {confirming && (
        <ConfirmDialog
          title={t('ledger.run.confirmCancelTitle')}
          confirmLabel={t('ledger.run.cancel')}
          danger
          busy={busy}
          onClose={() => setConfirming(false)}
          onConfirm={() => void cancel()}
        >
          <p>{t('ledger.run.confirmCancelText')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
