import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, PdfVerification } from '../../../../../shared/domain/correspondenceAnswer';
import type { z } from 'zod';
import { Detail, Section } from '../../../components/Layout';
import { useToast } from '../../../components/Toast';
import { useAction } from '../../../hooks/useAction';
import { asLang, showBytes, showDate, showInstant } from '../../../i18n/format';

interface SentLetterPanelProps {
  answer: Answer;
  editing: boolean;
}

/** A sent letter: when and how it went, its frozen PDF (open, save, check the SHA-256). */
export function SentLetterPanel({ answer, editing }: SentLetterPanelProps) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const { notify } = useToast();
  const { busy, run } = useAction();
  const [check, setCheck] = useState<z.infer<typeof PdfVerification> | null>(null);
  const sent = answer.sent;
  if (!sent) return null;

  const verify = async () => {
    const result = await run((api) => api.answers.verifyPdf({ id: answer.id }));
    if (result.ok) setCheck(result.value);
  };
  const savePdf = async () => {
    const result = await run((api) => api.answers.savePdf({ id: answer.id }));
    if (result.ok && result.value) notify(t('common.fileSaved', { path: result.value.path }));
  };

  return (
    <Section title={t('correspondence.frozen.title')}>
      {editing ? (
        <p className="notice notice-inline">
          {t('correspondence.frozen.editingNotice', {
            next: String(answer.version + 1),
            version: String(answer.version),
          })}
        </p>
      ) : (
        <p className="frozen-note">
          {answer.latest
            ? t('correspondence.frozen.lead')
            : t('correspondence.frozen.superseded', { version: String(answer.version) })}
        </p>
      )}
      <dl className="details details-compact">
        <Detail label={t('correspondence.frozen.outgoing')}>
          {answer.outgoingNumber} {t('correspondence.item.dated', { date: showDate(answer.outgoingDate) })}
        </Detail>
        <Detail label={t('correspondence.frozen.sent')}>
          {showDate(sent.sentDate)}, {t(`correspondence.receivedVia.${sent.channel}`)}
        </Detail>
        <Detail label={t('correspondence.frozen.frozenAt')}>{showInstant(sent.sentAt)}</Detail>
        <Detail label={t('correspondence.frozen.size')}>{showBytes(sent.pdfSize, t, lang)}</Detail>
        <Detail label="SHA-256" wide>
          <code className="hash">{sent.pdfSha256}</code>
        </Detail>
      </dl>
      <div className="button-row">
        <button
          type="button"
          className="btn"
          disabled={busy}
          onClick={() => void run((api) => api.answers.openPdf({ id: answer.id }))}
        >
          {t('correspondence.frozen.open')}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => void savePdf()}>
          {t('correspondence.editor.saveFrozenPdf')}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => void verify()}>
          {t('correspondence.frozen.verify')}
        </button>
      </div>
      {check && (
        <p className={check.ok ? 'verify-result verify-ok' : 'verify-result verify-broken'} role="status">
          {check.ok
            ? t('correspondence.frozen.verifyOk', { sha: check.storedSha256 })
            : check.actualSha256
              ? t('correspondence.frozen.verifyChanged', {
                  stored: check.storedSha256,
                  actual: check.actualSha256,
                })
              : t('correspondence.frozen.verifyMissing')}
        </p>
      )}
    </Section>
  );
}
