import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../../../../shared/domain/correspondenceAnswer';
import { Dialog } from '../../../components/Dialog';
import { DocumentPreviewFrame } from '../DocumentPreviewFrame';

/** The printed letter as the main process renders it (saved text), scaled to the column. */
export function AnswerPreview({ answer }: { answer: Answer }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [large, setLarge] = useState(false);
  const request = { kind: 'correspondenceAnswer', answerId: answer.id } as const;
  return (
    <section className="answer-preview card" aria-labelledby={headingId}>
      <div className="card-header">
        <h2 id={headingId}>{t('correspondence.editor.preview')}</h2>
        <button type="button" className="btn btn-small" onClick={() => setLarge(true)}>
          {t('correspondence.editor.previewLarge')}
        </button>
      </div>
      <p className="muted small answer-preview-note">
        {answer.state === 'sent'
          ? t('correspondence.editor.previewFrozen')
          : t('correspondence.editor.previewSaved')}
      </p>
      <div className="answer-preview-viewport">
        <DocumentPreviewFrame
          request={request}
          version={answer.updatedAt}
          title={t('correspondence.editor.previewFrame')}
          className="answer-preview-frame"
        />
      </div>
      {large && (
        <Dialog
          title={t('correspondence.editor.preview')}
          onClose={() => setLarge(false)}
          size="large"
          footer={
            <button type="button" className="btn" onClick={() => setLarge(false)} data-autofocus>
              {t('common.close')}
            </button>
          }
        >
          <DocumentPreviewFrame
            request={request}
            version={answer.updatedAt}
            title={t('correspondence.editor.previewFrame')}
          />
        </Dialog>
      )}
    </section>
  );
}
