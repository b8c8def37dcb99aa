import { CircleX } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { ActionBar } from './ActionBar';
import { ConfirmDialog } from './ConfirmDialog';

interface WorkflowActionsProps<S extends string> {
  /** Statuses reachable from the current one, in button order. */
  targets: readonly S[];
  /** The step the record is waiting for: the screen's primary button (the rest go in the menu). */
  primary: S | null;
  busy: boolean;
  groupLabel: string;
  buttonLabel: (status: S) => string;
  /** Closing is final: it is confirmed first. */
  closeDialog: { title: string; text: string };
  onMove: (status: S) => Promise<unknown>;
  /** Frequent actions of the record shown as plain buttons (e.g. «Изменить»). */
  children?: ReactNode;
}

/**
 * A record's header actions: the next workflow step as the one primary button, the record's frequent
 * actions as plain buttons, and every other allowed step in «Ещё действия»; «closed» asks first.
 */
export function WorkflowActions<S extends string>(props: WorkflowActionsProps<S>) {
  const { targets, primary, busy, groupLabel, buttonLabel, closeDialog, onMove, children } = props;
  const [confirmClose, setConfirmClose] = useState(false);
  const move = async (status: S) => {
    await onMove(status);
    setConfirmClose(false);
  };
  const choose = (status: S) => (status === 'closed' ? setConfirmClose(true) : void move(status));
  const main = primary !== null && targets.includes(primary) ? primary : null;
  return (
    <div className="workflow-actions" role="group" aria-label={groupLabel}>
      <ActionBar
        visible={children}
        primary={
          main !== null && (
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => choose(main)}>
              {buttonLabel(main)}
            </button>
          )
        }
        secondary={targets
          .filter((status) => status !== main)
          .map((status, index) => ({
            label: buttonLabel(status),
            disabled: busy,
            danger: status === 'closed',
            separated: status === 'closed' && index > 0,
            icon: status === 'closed' ? CircleX : undefined,
            onSelect: () => choose(status),
          }))}
      />
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
