import { useTranslation } from 'react-i18next';
import type { Backup } from '../../../../shared/domain/app';
import type { BackupInspection } from '../../../../shared/domain/backupInspection';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog } from '../../components/Dialog';
import { showInstant } from '../../i18n/format';
import { translateKey } from '../../i18n/messages';

interface RestoreDialogProps {
  backup: Backup;
  inspection: BackupInspection;
  busy: boolean;
  onConfirm: (acceptWarnings: boolean) => void;
  onClose: () => void;
}

/** What the check of the copy found: problems refuse the restore, warnings need a clear «yes». */
export function RestoreDialog({ backup, inspection, busy, onConfirm, onClose }: RestoreDialogProps) {
  const { t } = useTranslation();
  const c = inspection.counts;
  const contents = t('backupCheck.contents', {
    version: String(inspection.schemaVersion),
    supported: String(inspection.supportedVersion),
    organisations: String(c.organisations),
    recipients: String(c.recipients),
    correspondence: String(c.correspondence),
    incidents: String(c.incidents),
    auditEntries: String(c.auditEntries),
  });
  if (inspection.problems.length > 0) {
    return (
      <Dialog
        title={t('backupCheck.title')}
        onClose={onClose}
        size="small"
        footer={
          <button type="button" className="btn" onClick={onClose} data-autofocus>
            {t('common.close')}
          </button>
        }
      >
        <div role="alert">
          <p>{t('backupCheck.cannotRestore')}</p>
          <ul>
            {inspection.problems.map((p) => (
              <li key={p}>{translateKey(t, `backupCheck.problems.${p}`)}</li>
            ))}
          </ul>
        </div>
        {inspection.schemaVersion > 0 && <p className="muted">{contents}</p>}
      </Dialog>
    );
  }
  const warned = inspection.warnings.length > 0;
  return (
    <ConfirmDialog
      title={t('backups.confirmTitle')}
      confirmLabel={
        busy ? t('backups.restoring') : warned ? t('backupCheck.restoreAnyway') : t('backups.restore')
      }
      busy={busy}
      danger
      onClose={onClose}
      onConfirm={() => onConfirm(warned)}
    >
      <p>{t('backups.confirmText', { date: showInstant(backup.createdAt) })}</p>
      <p className="muted">{contents}</p>
      {warned ? (
        <div role="alert">
          <p>{t('backupCheck.warningsLead')}</p>
          <ul>
            {inspection.warnings.map((w) => (
              <li key={w}>{translateKey(t, `backupCheck.warnings.${w}`)}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p role="status">{t('backupCheck.ok')}</p>
      )}
      <p>{t('backups.confirmReload')}</p>
    </ConfirmDialog>
  );
}
