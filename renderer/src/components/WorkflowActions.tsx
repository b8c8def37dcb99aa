import { useState } from 'react';
import { ConfirmDialog } from './ConfirmDialog';

interface WorkflowActionsProps<S extends string> {
  /** Statuses reachable from the current one, in button order. */
  targets: readonly S[];
  busy: boolean;
  groupLabel: string;
  buttonLabel: (status: S) => string;
  /** Closing is final: it is confirmed first. */
  closeDialog: { title: string; text: string };
  onMove: (status: S) => Promise<unknown>;
}

/** Buttons for the workflow steps allowed from the current status; «closed» asks for confirmation. */
export function WorkflowActions<S extends string>(props: WorkflowActionsProps<S>) {
  const { targets, busy, groupLabel, buttonLabel, closeDialog, onMove } = props;
  const [confirmClose, setConfirmClose] = useState(false);
  const move = async (status: S) => {
    await onMove(status);
    setConfirmClose(false);
  };
  if (targets.length === 0) return null;
  return (
    <div className="btn-group" role="group" aria-label={groupLabel}>
      {targets.map((status) => (
        <button
          key={status}
          type="button"
          className="btn"
          disabled={busy}
          onClick={() => (status === 'closed' ? setConfirmClose(true) : void move(status))}
        >
          {buttonLabel(status)}
        </button>
      ))}
      {confirmClose && (
        <ConfirmDialog
          title={closeDialog.title}
          confirmLabel={buttonLabel('closed' as S)}
          busy={busy}
          onClose={() => setConfirmClose(false)}
          onConfirm={() => void move('closed' as S)}
        >
          <p>{closeDialog.text}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
