import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrespondenceItem, CorrespondenceStatus } from '../../../../../shared/domain/correspondence';
import { manualTransitions } from '../../../../../shared/correspondence/statusWorkflow';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useToast } from '../../../components/Toast';
import { useAction } from '../../../hooks/useAction';

interface StatusActionsProps {
  item: CorrespondenceItem;
  onChanged: (item: CorrespondenceItem) => void;
}

// "registered" is where an item starts: going back to it by hand says nothing useful.
const HIDDEN: readonly CorrespondenceStatus[] = ['registered'];

/** The workflow steps allowed from the current status; a step the main process refuses shows why. */
export function StatusActions({ item, onChanged }: StatusActionsProps) {
  const { t } = useTranslation();
  const { notify } = useToast();
  const { busy, run } = useAction();
  const [confirmClose, setConfirmClose] = useState(false);
  // A running pause ends with «Возобновить»; extended and paused are recorded, not chosen.
  const targets =
    item.status === 'paused' ? [] : manualTransitions(item.status).filter((s) => !HIDDEN.includes(s));

  const move = async (status: CorrespondenceStatus) => {
    const result = await run((api) => api.correspondence.setStatus({ id: item.id, status }));
    setConfirmClose(false);
    if (!result.ok) return;
    notify(t('correspondence.actions.moved', { status: t(`correspondence.status.${status}`) }));
    onChanged(result.value);
  };

  if (targets.length === 0) return null;
  return (
    <div className="btn-group" role="group" aria-label={t('correspondence.actions.label')}>
      {targets.map((status) => (
        <button
          key={status}
          type="button"
          className="btn"
          disabled={busy}
          onClick={() => (status === 'closed' ? setConfirmClose(true) : void move(status))}
        >
          {t(`correspondence.actions.to.${status}`)}
        </button>
      ))}
      {confirmClose && (
        <ConfirmDialog
          title={t('correspondence.actions.closeTitle', { number: item.number })}
          confirmLabel={t('correspondence.actions.to.closed')}
          busy={busy}
          onClose={() => setConfirmClose(false)}
          onConfirm={() => void move('closed')}
        >
          <p>{t('correspondence.actions.closeText')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
