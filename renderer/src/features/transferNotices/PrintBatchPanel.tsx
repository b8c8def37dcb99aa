import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TransferNoticeBatch, TransferNoticeJobStatus } from '../../../../shared/domain/transferNotice';
import { localIsoDate } from '../../../../shared/format/date';
import { TextField } from '../../components/Field';
import { DateField } from '../../components/dates/DateField';
import { useToast } from '../../components/Toast';
import { useAction } from '../../hooks/useAction';
import { queryClient } from '../../data/queryClient';
import { useMergeJob } from '../mailMerge/useMergeJob';
import { asLang, showBytes, showNumber } from '../../i18n/format';
import { fieldMessage } from '../../i18n/messages';
import { FormDialog } from '../correspondence/FormDialog';
import { ProgressBar } from '../imports/ProgressBar';

/** Print the batch's notices (progress, Cancel), save the PDF, record the batch as sent. */
export function PrintBatchPanel({ batch }: { batch: TransferNoticeBatch }) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const { notify } = useToast();
  const { busy, run } = useAction();
  const [jobId, setJobId] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const job = useMergeJob<TransferNoticeJobStatus>('transferNotices', jobId, (api, id) =>
    api.notices.job({ jobId: id }),
  );
  const running = jobId !== null && (job === null || job.state === 'building' || job.state === 'printing');
  // The main process keeps the PDF with the batch when the merge is done (no mutation of this page):
  // the batch list and the recipient read again then.
  const doneJob = job?.state === 'done' ? job.jobId : null;
  useEffect(() => {
    if (doneJob) void queryClient.invalidateQueries({ queryKey: ['api'] });
  }, [doneJob]);

  const print = async () => {
    const result = await run((api) => api.notices.print({ batchId: batch.id }));
    if (result.ok) setJobId(result.value.jobId);
  };
  const save = async () => {
    if (!jobId) return;
    const result = await run((api) => api.notices.savePdf({ jobId }));
    if (result.ok && result.value) notify(t('common.fileSaved', { path: result.value.path }));
  };
  const stateText = job
    ? t(`transferNotices.state.${job.state}`, {
        letters: showNumber(job.letters, lang),
        total: showNumber(job.total, lang),
      })
    : t('transferNotices.state.building', { letters: '0', total: showNumber(batch.subjects, lang) });

  return (
    <div
      className="notice-batch-panel"
      role="region"
      aria-label={t('transferNotices.batchName', { id: String(batch.id) })}
    >
      <h3>{t('transferNotices.batchName', { id: String(batch.id) })}</h3>
      {batch.outdated && <p role="alert">{t('errors.transferNotices.outdated')}</p>}
      <div className="toolbar">
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy || running || batch.outdated || batch.status === 'sent'}
          onClick={() => void print()}
        >
          {t('transferNotices.print')}
        </button>
        {running && (
          <button
            type="button"
            className="btn"
            disabled={busy}
            onClick={() => jobId && void run((api) => api.notices.cancel({ jobId }))}
          >
            {t('common.cancel')}
          </button>
        )}
        {job?.state === 'done' && (
          <button type="button" className="btn" disabled={busy} onClick={() => void save()}>
            {t('transferNotices.save')}
          </button>
        )}
        {batch.status === 'prepared' && batch.pdfSha256 && (
          <button type="button" className="btn" disabled={busy || running} onClick={() => setSending(true)}>
            {t('transferNotices.markSent')}
          </button>
        )}
      </div>
      {jobId !== null && (
        <>
          <ProgressBar
            percent={job?.percent ?? 0}
            label={t('transferNotices.progressLabel')}
            valueText={stateText}
            tone={job?.state === 'done' ? 'done' : running ? 'running' : 'stopped'}
          />
          <p role="status">
            {stateText}
            {job?.state === 'done' && job.pdfBytes !== null && ` · ${showBytes(job.pdfBytes, t, lang)}`}
            {job?.state === 'failed' && job.error && ` · ${fieldMessage(t, job.error, 'errors.internal')}`}
          </p>
        </>
      )}
      {sending && (
        <MarkSentDialog
          batch={batch}
          onClose={() => setSending(false)}
          onDone={() => {
            setSending(false);
            notify(t('transferNotices.sent'));
          }}
        />
      )}
    </div>
  );
}

function MarkSentDialog({
  batch,
  onClose,
  onDone,
}: {
  batch: TransferNoticeBatch;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  const [sentDate, setSentDate] = useState(localIsoDate(new Date()));
  const [method, setMethod] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <FormDialog
      title={t('transferNotices.markSentTitle')}
      submitLabel={t('transferNotices.markSent')}
      busy={busy}
      error={null}
      onClose={onClose}
      onSubmit={(e) => {
        e.preventDefault();
        void run((api) => api.notices.markSent({ batchId: batch.id, sentDate, method })).then((result) => {
          if (result.ok) onDone();
          else setError(result.error.fieldErrors?.method?.[0] ?? null);
        });
      }}
    >
      <p>{t('transferNotices.markSentText')}</p>
      <div className="form-grid form-grid-2">
        <DateField label={t('transferNotices.sentDate')} required value={sentDate} onChange={setSentDate} />
        <TextField
          label={t('transferNotices.method')}
          hint={t('transferNotices.methodHint')}
          required
          value={method}
          error={error ?? undefined}
          onChange={(e) => setMethod(e.target.value)}
          data-autofocus
        />
      </div>
    </FormDialog>
  );
}
