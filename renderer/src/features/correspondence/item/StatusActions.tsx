import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrespondenceItem, CorrespondenceStatus } from '../../../../../shared/domain/correspondence';
import { manualTransitions } from '../../../../../shared/correspondence/statusWorkflow';
import { useToast } from '../../../components/Toast';
import { WorkflowActions } from '../../../components/WorkflowActions';
import { useAction } from '../../../hooks/useAction';

interface StatusActionsProps {
  item: CorrespondenceItem;
  onChanged: (item: CorrespondenceItem) => void;
  /** The item's own frequent actions, shown beside the workflow's primary step. */
  children?: ReactNode;
}

// "registered" is where an item starts: going back to it by hand says nothing useful.
const HIDDEN: readonly CorrespondenceStatus[] = ['registered'];

// The way forward; the primary button is the first allowed step after the current status on it.
const FORWARD: readonly CorrespondenceStatus[] = [
  'registered',
  'inReview',
  'answerDrafted',
  'answered',
  'closed',
];

const nextStep = (
  from: CorrespondenceStatus,
  targets: readonly CorrespondenceStatus[],
): CorrespondenceStatus | null => {
  const at = FORWARD.indexOf(from);
  return FORWARD.find((s, i) => i > at && targets.includes(s)) ?? null;
};

/** The workflow steps allowed from the current status; a step the main process refuses shows why. */
export function StatusActions({ item, onChanged, children }: StatusActionsProps) {
  const { t } = useTranslation();
  const { notify } = useToast();
  const { busy, run } = useAction();
  // A running pause ends with «Возобновить»; extended and paused are recorded, not chosen.
  const targets =
    item.status === 'paused' ? [] : manualTransitions(item.status).filter((s) => !HIDDEN.includes(s));

  const move = async (status: CorrespondenceStatus) => {
    const result = await run((api) => api.correspondence.setStatus({ id: item.id, status }));
    if (!result.ok) return;
    notify(t('correspondence.actions.moved', { status: t(`correspondence.status.${status}`) }));
    onChanged(result.value);
  };

  return (
    <WorkflowActions
      targets={targets}
      primary={nextStep(item.status, targets)}
      busy={busy}
      groupLabel={t('correspondence.actions.label')}
      buttonLabel={(status) => t(`correspondence.actions.to.${status}`)}
      closeDialog={{
        title: t('correspondence.actions.closeTitle', { number: item.number }),
        text: t('correspondence.actions.closeText'),
      }}
      onMove={move}
    >
      {children}
    </WorkflowActions>
  );
}
