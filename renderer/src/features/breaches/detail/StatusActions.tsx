import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreachIncident, BreachStatus } from '../../../../../shared/domain/breach';
import { BREACH_TRANSITIONS } from '../../../../../shared/breaches/statusWorkflow';
import { useToast } from '../../../components/Toast';
import { WorkflowActions } from '../../../components/WorkflowActions';
import { useAction } from '../../../hooks/useAction';

interface StatusActionsProps {
  incident: BreachIncident;
  onChanged: (incident: BreachIncident) => void;
  /** The incident's own frequent actions, shown beside the workflow's primary step. */
  children?: ReactNode;
}

/**
 * The workflow steps allowed from the current status: the next step is the primary button, skipping
 * ahead is in the menu; closing asks first (it is final).
 */
export function StatusActions({ incident, onChanged, children }: StatusActionsProps) {
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
      primary={BREACH_TRANSITIONS[incident.status][0] ?? null}
      busy={busy}
      groupLabel={t('breaches.actions.label')}
      buttonLabel={(status) => t(`breaches.actions.to.${status}`)}
      closeDialog={{
        title: t('breaches.actions.closeTitle', { number: incident.number }),
        text: t('breaches.actions.closeText'),
      }}
      onMove={move}
    >
      {children}
    </WorkflowActions>
  );
}
