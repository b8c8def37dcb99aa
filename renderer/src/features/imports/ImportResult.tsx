import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportJobStatus } from '../../../../shared/domain/ledger';
import { asLang, showNumber } from '../../i18n/format';
import { PossibleMatchesNotice } from '../subjects/PossibleMatchesNotice';
import { ImportCounts } from './ImportCounts';
import { jobErrorText } from './importText';
import { ProgressBar } from './ProgressBar';
import { useRejectionsExport } from './useRejectionsExport';
import { WizardActions } from './WizardActions';

interface ImportResultProps {
  status: ImportJobStatus;
  fileName: string;
  onRestart: () => void;
  onShowRejections: (importId: number, fileName: string) => void;
  onOpenSubjects: () => void;
}

/** How an import ended: the summary of a finished one, or the reassurance that a stopped one left no data. */
export function ImportResult({
  status,
  fileName,
  onRestart,
  onShowRejections,
  onOpenSubjects,
}: ImportResultProps) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const { busy, exportCsv } = useRejectionsExport();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // The import ended under the officer's eyes: the keyboard focus moves to what happened.
  useEffect(() => headingRef.current?.focus(), []);
  const { counts, importId } = status;
  const problems = counts.rejected + counts.warnings;
  const restart = (
    <button type="button" className={status.state === 'done' ? 'btn' : 'btn btn-primary'} onClick={onRestart}>
      {t('ledger.run.newImport')}
    </button>
  );

  if (status.state !== 'done') {
    const cancelled = status.state === 'cancelled';
    return (
      <>
        <div
          className={cancelled ? 'result-box result-neutral' : 'result-box result-danger'}
          role={cancelled ? 'status' : 'alert'}
        >
          <h3 ref={headingRef} tabIndex={-1}>
            {cancelled ? t('ledger.run.cancelled') : t('ledger.run.failed')}
          </h3>
          <p>
            {cancelled
              ? t('ledger.run.cancelledText')
              : status.error
                ? jobErrorText(t, status.error)
                : t('errors.internal')}
          </p>
        </div>
        <WizardActions>{restart}</WizardActions>
      </>
    );
  }

  return (
    <>
      <ProgressBar percent={100} label={t('ledger.run.progressLabel')} tone="done" />
      <div className="result-box result-success" role="status">
        <h3 ref={headingRef} tabIndex={-1}>
          {t('ledger.run.done')}
        </h3>
        <p>
          {t('ledger.run.doneText', {
            file: fileName,
            imported: showNumber(counts.imported, lang),
            subjects: showNumber(counts.subjectsCreated, lang),
          })}
        </p>
      </div>
      <ImportCounts counts={counts} label={t('ledger.run.countsLabel')} />
      <PossibleMatchesNotice />
      {importId !== null && problems > 0 && (
        <div className="rejections-bar">
          <span>
            {t('ledger.run.problems', {
              rejected: showNumber(counts.rejected, lang),
              warnings: showNumber(counts.warnings, lang),
            })}
          </span>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => onShowRejections(importId, fileName)}
          >
            {t('ledger.rejections.show')}
          </button>
          <button
            type="button"
            className="btn btn-small"
            disabled={busy}
            onClick={() => void exportCsv(importId)}
          >
            {t('ledger.rejections.download')}
          </button>
        </div>
      )}
      <WizardActions>
        {restart}
        <button type="button" className="btn btn-primary" onClick={onOpenSubjects}>
          {t('ledger.run.openSubjects')}
        </button>
      </WizardActions>
    </>
  );
}
