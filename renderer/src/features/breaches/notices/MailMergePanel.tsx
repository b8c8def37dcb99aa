import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreachIncident } from '../../../../../shared/domain/breach';
import { TextAreaField } from '../../../components/Field';
import { Section } from '../../../components/Layout';
import { useToast } from '../../../components/Toast';
import { useAction } from '../../../hooks/useAction';
import { asLang, showBytes, showNumber } from '../../../i18n/format';
import { fieldMessage } from '../../../i18n/messages';
import { ProgressBar } from '../../imports/ProgressBar';
import { useMailMergeJob } from './useMailMergeJob';

/** «Письма субъектам»: one letter per subject of the saved scope, built in the background. */
export function MailMergePanel({ incident }: { incident: BreachIncident }) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const { notify } = useToast();
  const { busy, run } = useAction();
  const [advice, setAdvice] = useState('');
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useMailMergeJob(jobId);
  const running = jobId !== null && (job === null || job.state === 'building' || job.state === 'printing');
  const subjects = incident.scope?.subjects ?? 0;

  const start = async () => {
    const result = await run((api) => api.breaches.mailMergeStart({ incidentId: incident.id, advice }));
    if (result.ok) setJobId(result.value.jobId);
  };
  const cancel = async () => {
    if (jobId) await run((api) => api.breaches.mailMergeCancel({ jobId }));
  };
  const save = async () => {
    if (!jobId) return;
    const result = await run((api) => api.breaches.mailMergeSave({ jobId }));
    if (result.ok && result.value) notify(t('common.fileSaved', { path: result.value.path }));
  };

  const stateText = job
    ? t(`breaches.letters.state.${job.state}`, {
        letters: showNumber(job.letters, lang),
        total: showNumber(job.total, lang),
      })
    : t('breaches.letters.state.building', { letters: '0', total: showNumber(subjects, lang) });

  return (
    <Section title={t('breaches.letters.title')}>
      {incident.scope === null ? (
        <p className="muted">{t('breaches.letters.needScope')}</p>
      ) : (
        <>
          <p>{t('breaches.letters.intro', { count: subjects, formatted: showNumber(subjects, lang) })}</p>
          <TextAreaField
            label={t('breaches.letters.advice')}
            hint={t('breaches.letters.adviceHint')}
            value={advice}
            disabled={running}
            onChange={(e) => setAdvice(e.target.value)}
          />
          <div className="toolbar">
            <button
              type="button"
              className="btn btn-primary"
              disabled={busy || running || subjects === 0}
              onClick={() => void start()}
            >
              {t('breaches.letters.start')}
            </button>
            {running && (
              <button type="button" className="btn" disabled={busy} onClick={() => void cancel()}>
                {t('common.cancel')}
              </button>
            )}
            {job?.state === 'done' && (
              <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void save()}>
                {t('breaches.letters.save')}
              </button>
            )}
          </div>
          {jobId !== null && (
            <div className="letters-progress">
              <ProgressBar
                percent={job?.percent ?? 0}
                label={t('breaches.letters.progressLabel')}
                valueText={stateText}
                tone={job?.state === 'done' ? 'done' : running ? 'running' : 'stopped'}
              />
              <p role="status">
                {stateText}
                {job?.state === 'done' && job.pdfBytes !== null && ` · ${showBytes(job.pdfBytes, t, lang)}`}
                {job?.state === 'failed' &&
                  job.error &&
                  ` · ${fieldMessage(t, job.error, 'errors.internal')}`}
              </p>
            </div>
          )}
        </>
      )}
    </Section>
  );
}
