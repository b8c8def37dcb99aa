import { useTranslation } from 'react-i18next';
import type { BreachIncident, BreachStatus } from '../../../../../shared/domain/breach';
import { BREACH_TRANSITIONS } from '../../../../../shared/breaches/statusWorkflow';
import { useToast } from '../../../components/Toast';
import { WorkflowActions } from '../../../components/WorkflowActions';
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

  const move = async (status: BreachStatus) => {
    const result = await run((api) => api.breaches.setStatus({ id: incident.id, status }));
    if (!result.ok) return;
    notify(t('breaches.actions.moved', { status: t(`breaches.status.${status}`) }));
    onChanged(result.value);
  };

  return (
    <WorkflowActions
      targets={BREACH_TRANSITIONS[incident.status]}
      busy={busy}
      groupLabel={t('breaches.actions.label')}
      buttonLabel={(status) => t(`breaches.actions.to.${status}`)}
      closeDialog={{
        title: t('breaches.actions.closeTitle', { number: incident.number }),
        text: t('breaches.actions.closeText'),
      }}
      onMove={move}
    />
  );
}
