import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubjectChange } from '../../../../shared/domain/ledger';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useToast } from '../../components/Toast';
import { useAction } from '../../hooks/useAction';
import { showInstant } from '../../i18n/format';

/** The officer's merges and splits touching this subject, each undoable (latest first). */
export function SubjectChanges({
  changes,
  onChanged,
}: {
  changes: readonly SubjectChange[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { notify } = useToast();
  const action = useAction();
  const [undoing, setUndoing] = useState<SubjectChange | null>(null);
  const confirm = async () => {
    if (!undoing) return;
    const result = await action.run((api) => api.subjects.undoChange({ changeId: undoing.id }));
    setUndoing(null);
    if (result.ok) {
      notify(t('identity.changes.undoneToast'));
      onChanged();
    }
  };
  return (
    <>
      <ul className="match-list">
        {changes.map((c) => (
          <li key={c.id}>
            <div>
              <div>{t(`identity.changes.${c.kind}`, { from: c.fromName, to: c.toName })}</div>
              <div className="muted small">
                {showInstant(c.createdAt)} · {t('identity.changes.moved', { orders: c.orders, keys: c.keys })}
                {c.reason ? ` · ${c.reason}` : ''}
                {c.undoneAt ? ` · ${t('identity.changes.undone', { at: showInstant(c.undoneAt) })}` : ''}
              </div>
            </div>
            {!c.undoneAt && (
              <button type="button" className="btn" onClick={() => setUndoing(c)}>
                {t('identity.changes.undo')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {undoing && (
        <ConfirmDialog
          title={t('identity.changes.undo')}
          confirmLabel={t('identity.changes.undo')}
          onConfirm={() => void confirm()}
          onClose={() => setUndoing(null)}
          busy={action.busy}
        >
          <p>{t('identity.changes.confirmUndo')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
