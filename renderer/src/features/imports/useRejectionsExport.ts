import { useTranslation } from 'react-i18next';
import { useToast } from '../../components/Toast';
import { useAction } from '../../hooks/useAction';

/** Saves the rejected-rows report of an import as CSV through the main process's save dialog. */
export function useRejectionsExport() {
  const { t } = useTranslation();
  const { notify } = useToast();
  const { busy, run } = useAction();
  const exportCsv = async (importId: number) => {
    const result = await run((api) => api.imports.exportRejections({ importId }));
    // null: the officer cancelled the save dialog.
    if (result.ok && result.value) notify(t('common.fileSaved', { path: result.value.path }));
  };
  return { busy, exportCsv };
}
