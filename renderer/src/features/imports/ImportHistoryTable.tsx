import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ImportRecord } from '../../../../shared/domain/ledger';
import { Badge } from '../../components/Layout';
import { TruncatedText } from '../../components/TruncatedText';
import { asLang, showBytes, showInstant, showNumber } from '../../i18n/format';
import { presetName, showElapsed } from './importText';
import { UndoImportButton } from './UndoImportButton';

interface ImportHistoryTableProps {
  items: readonly ImportRecord[];
  busy: boolean;
  onShowRejections: (importId: number, fileName: string) => void;
}

const statusTone = { running: 'info', completed: 'success', failed: 'danger', undone: 'neutral' } as const;
const SHA_SHOWN = 8;

/** One page of the import history: what was read, what went in, by whom, and the undo of each import. */
export function ImportHistoryTable({ items, busy, onShowRejections }: ImportHistoryTableProps) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const count = (n: number) => showNumber(n, lang);
  // The responsible person when set in the settings, with the computer account below.
  const who = (r: ImportRecord) =>
    r.actorPerson ? (
      <>
        {r.actorPerson}
        <div className="muted small">{r.actorOs}</div>
      </>
    ) : (
      r.actorOs
    );

  return (
    <div className={busy ? 'table-wrap is-busy' : 'table-wrap'}>
      <table
        className="data-table is-static history-table"
        aria-label={t('ledger.history.tableLabel')}
        aria-busy={busy}
      >
        <thead>
          <tr>
            <th scope="col">{t('ledger.history.columns.startedAt')}</th>
            <th scope="col">{t('ledger.history.columns.file')}</th>
            <th scope="col">{t('ledger.history.columns.profile')}</th>
            <th scope="col">{t('ledger.history.columns.status')}</th>
            <th scope="col" className="num">
              {t('ledger.history.columns.rows')}
            </th>
            <th scope="col" className="num">
              {t('ledger.history.columns.imported')}
            </th>
            <th scope="col" className="num">
              {t('ledger.history.columns.duplicates')}
            </th>
            <th scope="col" className="num">
              {t('ledger.history.columns.rejected')}
            </th>
            <th scope="col" className="num">
              {t('ledger.history.columns.duration')}
            </th>
            <th scope="col">{t('ledger.history.columns.actor')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('identity.undoImport.action')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((r) => (
            <tr key={r.id}>
              <td className="nowrap">{showInstant(r.startedAt)}</td>
              <td className="history-file">
                <TruncatedText className="file-name" text={r.fileName} maxWidth="26ch" />
                <div className="muted small nowrap">
                  {showBytes(r.fileSize, t, lang)}
                  {r.fileSha256 && (
                    <>
                      {' · '}
                      <span className="mono sha" title={`SHA-256 ${r.fileSha256}`}>
                        SHA-256 {r.fileSha256.slice(0, SHA_SHOWN)}…
                      </span>
                    </>
                  )}
                </div>
              </td>
              <td>
                {r.profileName ?? presetName(t, r.preset)}
                <div className="muted small">
                  {r.profileName && `${presetName(t, r.preset)} · `}
                  <span className="nowrap">{encodingLabel(t, r.encoding)}</span>
                </div>
              </td>
              <td>
                <Badge tone={statusTone[r.status]}>{t(`ledger.history.status.${r.status}`)}</Badge>
              </td>
              <td className="num">{count(r.counts.rowsRead)}</td>
              <td className="num">{count(r.counts.imported)}</td>
              <td className="num">{count(r.counts.duplicates)}</td>
              <td className="num">
                {r.counts.rejected + r.counts.warnings > 0 ? (
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t('ledger.history.showRejections', { file: r.fileName })}
                    onClick={() => onShowRejections(r.id, r.fileName)}
                  >
                    {count(r.counts.rejected)}
                    {r.counts.warnings > 0 && (
                      <span className="muted small"> +{count(r.counts.warnings)}</span>
                    )}
                  </button>
                ) : (
                  count(r.counts.rejected)
                )}
              </td>
              <td className="num nowrap">
                {r.durationMs === null ? '—' : showElapsed(t, r.durationMs, lang)}
              </td>
              <td>{who(r)}</td>
              <td>
                <UndoImportButton record={r} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const encodingLabel = (t: TFunction, encoding: string): string => {
  switch (encoding) {
    case 'utf8':
    case 'cp1251':
    case 'rk1048':
    case 'utf16le':
      return t(`ledger.encodings.${encoding}`);
    case 'xlsx':
      return t('ledger.history.xlsxEncoding');
    default:
      return encoding;
  }
};
