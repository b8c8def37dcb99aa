import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrespondenceItem } from '../../../../../shared/domain/correspondence';
import type { Answer } from '../../../../../shared/domain/correspondenceAnswer';
import { useToast } from '../../../components/Toast';
import { useAction } from '../../../hooks/useAction';
import { MarkSentDialog, RegisterAnswerDialog } from './AnswerDialogs';

interface AnswerToolbarProps {
  answer: Answer;
  item: CorrespondenceItem;
  editing: boolean;
  /** Saves unsaved edits first; false stops the action. */
  beforeAction: () => Promise<boolean>;
  onChanged: () => void;
  onStartEditing: () => void;
}

/** Print, save as PDF, register the outgoing number, mark as sent; for a sent letter, a new version. */
export function AnswerToolbar(props: AnswerToolbarProps) {
  const { answer, item, editing, beforeAction, onChanged, onStartEditing } = props;
  const { t } = useTranslation();
  const { notify } = useToast();
  const { busy, run } = useAction();
  const [dialog, setDialog] = useState<'register' | 'send' | null>(null);
  const sent = answer.state === 'sent';
  const closed = item.status === 'closed';

  const print = async () => {
    if (!(await beforeAction())) return;
    await run((api) => api.documents.print({ kind: 'correspondenceAnswer', answerId: answer.id }));
  };

  const savePdf = async () => {
    if (!(await beforeAction())) return;
    const result = await run((api) => api.answers.savePdf({ id: answer.id }));
    if (result.ok && result.value) notify(t('common.fileSaved', { path: result.value.path }));
  };

  const open = async (next: 'register' | 'send') => {
    if (await beforeAction()) setDialog(next);
  };

  const done = () => {
    setDialog(null);
    onChanged();
  };

  return (
    <div className="toolbar">
      <div className="btn-group">
        <button type="button" className="btn" disabled={busy} onClick={() => void print()}>
          {t('correspondence.editor.print')}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => void savePdf()}>
          {sent ? t('correspondence.editor.saveFrozenPdf') : t('correspondence.editor.savePdf')}
        </button>
      </div>
      {!sent && answer.state === 'draft' && (
        <button type="button" className="btn" disabled={busy || closed} onClick={() => void open('register')}>
          {t('correspondence.editor.register')}
        </button>
      )}
      {!sent && (
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy || closed}
          onClick={() => void open('send')}
        >
          {t('correspondence.editor.markSent')}
        </button>
      )}
      {sent && answer.latest && !editing && (
        <button type="button" className="btn btn-primary" disabled={closed} onClick={onStartEditing}>
          {t('correspondence.editor.editSent')}
        </button>
      )}
      {dialog === 'register' && (
        <RegisterAnswerDialog answer={answer} onClose={() => setDialog(null)} onDone={done} />
      )}
      {dialog === 'send' && (
        <MarkSentDialog answer={answer} item={item} onClose={() => setDialog(null)} onDone={done} />
      )}
    </div>
  );
}
