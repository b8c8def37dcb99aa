import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup } from '../../../../shared/domain/app';
import type { BackupInspection } from '../../../../shared/domain/backupInspection';
import { RestoreDialog } from './RestoreDialog';
import { useAction } from '../../hooks/useAction';
import { asLang, showBytes, showInstant } from '../../i18n/format';

/** The backups, newest first, each with a restore button; after a restore the window reloads. */
export function BackupTable({ backups }: { backups: readonly Backup[] }) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const [chosen, setChosen] = useState<{ backup: Backup; inspection: BackupInspection } | null>(null);
  const { busy, run } = useAction();

  /** The copy is checked first; the dialog shows what the check found. */
  const inspect = async (backup: Backup) => {
    const result = await run((api) => api.backups.inspect({ fileName: backup.fileName }));
    if (result.ok) setChosen({ backup, inspection: result.value });
  };

  const restore = async (backup: Backup, acceptWarnings: boolean) => {
    const result = await run((api) => api.backups.restore({ fileName: backup.fileName, acceptWarnings }));
    if (result.ok) window.location.reload();
    else setChosen(null);
  };

  if (backups.length === 0) return <p className="muted">{t('backups.empty')}</p>;
  const sorted = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <>
      <div className="table-wrap">
        <table className="data-table" aria-label={t('backups.tableLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('backups.columns.date')}</th>
              <th scope="col">{t('backups.columns.reason')}</th>
              <th scope="col" className="num">
                {t('backups.columns.size')}
              </th>
              <th scope="col">{t('backups.columns.file')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('backups.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((b) => (
              <tr key={b.fileName}>
                <td className="nowrap">{showInstant(b.createdAt)}</td>
                <td>{t(`backups.reasons.${b.reason}`)}</td>
                <td className="num nowrap">{showBytes(b.size, t, lang)}</td>
                <td className="mono muted">{b.fileName}</td>
                <td className="actions-cell">
                  <button
                    type="button"
                    className="btn btn-small"
                    disabled={busy}
                    aria-label={`${t('backups.restore')}: ${showInstant(b.createdAt)}`}
                    onClick={() => void inspect(b)}
                  >
                    {busy && !chosen ? t('backupCheck.checking') : t('backups.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {chosen && (
        <RestoreDialog
          backup={chosen.backup}
          inspection={chosen.inspection}
          busy={busy}
          onClose={() => setChosen(null)}
          onConfirm={(acceptWarnings) => void restore(chosen.backup, acceptWarnings)}
        />
      )}
    </>
  );
}
