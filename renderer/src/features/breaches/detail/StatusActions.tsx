import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreachIncident, BreachStatus } from '../../../../../shared/domain/breach';
import { BREACH_TRANSITIONS } from '../../../../../shared/breaches/statusWorkflow';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useToast } from '../../../components/Toast';
import { useAction } from '../../../hooks/useAction';

interface StatusActionsProps {
  incident: BreachIncident;
  onChanged: (incident: BreachIncident) => void;
}

/** The workflow steps allowed from the current status; closing asks first (it is final). */
export function StatusActions({ incident, onChanged }: StatusActionsProps) {
  const { t } = useTranslation();
  const { notify } = useToast();
  const { busy, run } = useAction();
  const [confirmClose, setConfirmClose] = useState(false);
  const targets = BREACH_TRANSITIONS[incident.status];

  const move = async (status: BreachStatus) => {
    const result = await run((api) => api.breaches.setStatus({ id: incident.id, status }));
    setConfirmClose(false);
    if (!result.ok) return;
    notify(t('breaches.actions.moved', { status: t(`breaches.status.${status}`) }));
    onChanged(result.value);
  };

  if (targets.length === 0) return null;
  return (
    <div className="btn-group" role="group" aria-label={t('breaches.actions.label')}>
      {targets.map((status) => (
        <button
          key={status}
          type="button"
          className="btn"
          disabled={busy}
          onClick={() => (status === 'closed' ? setConfirmClose(true) : void move(status))}
        >
          {t(`breaches.actions.to.${status}`)}
        </button>
      ))}
      {confirmClose && (
        <ConfirmDialog
          title={t('breaches.actions.closeTitle', { number: incident.number })}
          confirmLabel={t('breaches.actions.to.closed')}
          busy={busy}
          onClose={() => setConfirmClose(false)}
          onConfirm={() => void move('closed')}
        >
          <p>{t('breaches.actions.closeText')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
