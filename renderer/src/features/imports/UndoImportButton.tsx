import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRecord } from '../../../../shared/domain/ledger';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { mutate } from '../../data/queryClient';
import { useToast } from '../../components/Toast';
import { errorText } from '../../i18n/messages';
import { importDependentsText } from './importDependentsText';

/**
 * Undo of a completed import (everything it added, in one audited transaction). A refusal names the
 * later records that depend on it. The history follows through the query cache (`mutate` invalidates it).
 */
export function UndoImportButton({ record }: { record: ImportRecord }) {
  const { t } = useTranslation();
  const { notify } = useToast();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  if (record.status !== 'completed') return null;
  const undo = async () => {
    setBusy(true);
    const result = await mutate((api) => api.imports.undo({ importId: record.id }));
    setBusy(false);
    setAsking(false);
    if (!result.ok) notify(errorText(t, result.error), 'error');
    else if (!result.value.undone)
      notify(
        t('identity.undoImport.refused', { list: importDependentsText(t, result.value.dependents) }),
        'error',
      );
    else notify(t('identity.undoImport.done'));
  };
  return (
    <>
      <button type="button" className="btn btn-small" onClick={() => setAsking(true)}>
        {t('identity.undoImport.action')}
      </button>
      {asking && (
        <ConfirmDialog
          title={t('identity.undoImport.action')}
          confirmLabel={t('identity.undoImport.action')}
          onConfirm={() => void undo()}
          onClose={() => setAsking(false)}
          busy={busy}
          danger
        >
          <p>{t('identity.undoImport.confirm', { file: record.fileName })}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
