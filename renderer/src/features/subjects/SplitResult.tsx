import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { useToast } from '../../components/Toast';
import { useAction } from '../../hooks/useAction';
import { asLang, showNumber } from '../../i18n/format';

export interface SplitDone {
  changeId: number;
  subjectId: number;
  toName: string;
  orders: number;
  keys: number;
}

/** What a split moved and where, with the way to the other card and an immediate undo. */
export function SplitResult({
  done,
  onClose,
  onChanged,
  onOpen,
}: {
  done: SplitDone;
  onClose: () => void;
  onChanged: () => void;
  onOpen: (subjectId: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const { notify } = useToast();
  const action = useAction();
  const [undone, setUndone] = useState(false);
  const undo = async () => {
    const result = await action.run((api) => api.subjects.undoChange({ changeId: done.changeId }));
    if (!result.ok) return;
    setUndone(true);
    notify(t('subjectEdits.split.undone'));
    onChanged();
    onClose();
  };
  return (
    <Dialog
      title={t('subjectEdits.split.doneTitle')}
      onClose={onClose}
      locked={action.busy}
      footer={
        <>
          <button type="button" className="btn" disabled={action.busy || undone} onClick={() => void undo()}>
            {t('subjectEdits.split.undo')}
          </button>
          <button type="button" className="btn" onClick={() => onOpen(done.subjectId)} disabled={action.busy}>
            {t('subjectEdits.split.open', { name: done.toName })}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            onClick={onClose}
            disabled={action.busy}
            data-autofocus
          >
            {t('subjectEdits.split.close')}
          </button>
        </>
      }
    >
      <p role="status">
        {t('subjectEdits.split.doneText', {
          to: done.toName,
          orders: showNumber(done.orders, lang),
          keys: showNumber(done.keys, lang),
        })}
      </p>
    </Dialog>
  );
}
