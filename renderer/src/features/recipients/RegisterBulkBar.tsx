import { Archive, CalendarClock, FileDown, X } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidIsoDate } from '../../../../shared/domain/common';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateField } from '../../components/dates/DateField';
import { useToast } from '../../components/Toast';
import { useAction } from '../../hooks/useAction';
import { ArchiveReasonDialog } from './ArchiveReasonDialog';

interface RegisterBulkBarProps {
  organisationId: number;
  /** The selected rows, in the register's order. */
  ids: readonly number[];
  onDone: () => void;
}

/** What can be done to the rows selected in the register: review date, archive, export. */
export function RegisterBulkBar({ organisationId, ids, onDone }: RegisterBulkBarProps) {
  const { t } = useTranslation();
  const { notify } = useToast();
  const { busy, run } = useAction();
  const [dialog, setDialog] = useState<'reviewDate' | 'archive' | null>(null);
  const [reviewDate, setReviewDate] = useState('');
  const [dateError, setDateError] = useState<string | undefined>(undefined);
  const count = ids.length;
  const selection = { organisationId, ids: [...ids] };

  const finished = (changed: number) => {
    setDialog(null);
    notify(t('desktop.register.changed', { count: changed }));
    onDone();
  };

  const setDate = async () => {
    if (!isValidIsoDate(reviewDate)) {
      setDateError(reviewDate === '' ? 'validation.required' : 'validation.date');
      return;
    }
    const result = await run((api) => api.recipients.bulkSetReviewDate({ ...selection, reviewDate }));
    if (result.ok) finished(result.value.changed);
  };

  const archive = async (reason: string) => {
    const result = await run((api) => api.recipients.bulkArchive({ ...selection, reason }));
    if (result.ok) finished(result.value.changed);
  };

  const exportAs = async (format: 'csv' | 'xlsx') => {
    const result = await run((api) => api.recipients.export({ ...selection, format }));
    if (result.ok && result.value) notify(t('common.fileSaved', { path: result.value.path }));
  };

  return (
    <div className="bulk-bar" role="toolbar" aria-label={t('desktop.register.bulkActions')}>
      <strong className="bulk-count" aria-live="polite">
        {t('desktop.register.selected', { count })}
      </strong>
      <button type="button" className="btn btn-small" disabled={busy} onClick={() => setDialog('reviewDate')}>
        <CalendarClock size={15} aria-hidden="true" />
        {t('desktop.register.setReviewDate')}
      </button>
      <button type="button" className="btn btn-small" disabled={busy} onClick={() => setDialog('archive')}>
        <Archive size={15} aria-hidden="true" />
        {t('desktop.register.archiveSelected')}
      </button>
      <button type="button" className="btn btn-small" disabled={busy} onClick={() => void exportAs('csv')}>
        <FileDown size={15} aria-hidden="true" />
        {t('desktop.register.exportSelectedCsv')}
      </button>
      <button type="button" className="btn btn-small" disabled={busy} onClick={() => void exportAs('xlsx')}>
        <FileDown size={15} aria-hidden="true" />
        {t('desktop.register.exportSelectedXlsx')}
      </button>
      <button type="button" className="btn btn-small btn-ghost" onClick={onDone}>
        <X size={15} aria-hidden="true" />
        {t('desktop.register.clearSelection')}
      </button>
      {dialog === 'reviewDate' && (
        <ConfirmDialog
          title={t('desktop.register.setReviewDateTitle')}
          confirmLabel={t('desktop.register.setReviewDate')}
          busy={busy}
          onClose={() => setDialog(null)}
          onConfirm={() => void setDate()}
        >
          <p>{t('desktop.register.setReviewDateText', { count })}</p>
          <DateField
            label={t('desktop.register.reviewDate')}
            required
            value={reviewDate}
            error={dateError}
            onChange={(value) => {
              setReviewDate(value);
              setDateError(undefined);
            }}
          />
        </ConfirmDialog>
      )}
      {dialog === 'archive' && (
        <ArchiveReasonDialog
          title={t('desktop.register.archiveSelectedTitle')}
          text={t('desktop.register.archiveSelectedText', { count })}
          busy={busy}
          onClose={() => setDialog(null)}
          onConfirm={(reason) => void archive(reason)}
        />
      )}
    </div>
  );
}
