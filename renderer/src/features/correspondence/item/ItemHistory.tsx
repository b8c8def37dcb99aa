import { useTranslation } from 'react-i18next';
import { ErrorBlock, Loading } from '../../../components/Layout';
import { useQuery } from '../../../hooks/useQuery';
import { showInstant } from '../../../i18n/format';
import { historyLines } from './historyLines';

/** The item's audit trail in words: registration, steps, extensions, pauses, files, edits. */
export function ItemHistory({ itemId, version }: { itemId: number; version: number }) {
  const { t } = useTranslation();
  const history = useQuery(`audit:item:${itemId}:${version}`, (api) =>
    api.audit.history({ entity: 'correspondenceItem', entityId: itemId }),
  );
  if (history.error) return <ErrorBlock error={history.error} onRetry={history.reload} />;
  if (!history.data) return <Loading />;
  if (history.data.length === 0) return <p className="muted">{t('audit.history.empty')}</p>;
  const entries = [...history.data].sort((a, b) => b.id - a.id);
  return (
    <ol className="history">
      {entries.map((entry) => (
        <li key={entry.id} className="history-entry">
          <div className="history-head">
            <time dateTime={entry.at}>{showInstant(entry.at)}</time>
            <span className="history-who">
              {entry.actorPerson || t('audit.history.noPerson')}
              <span className="muted"> · {t('audit.history.osUser', { name: entry.actorOs })}</span>
            </span>
            <span className="history-id muted">{t('common.numberRef', { number: String(entry.id) })}</span>
          </div>
          <ul className="history-lines">
            {historyLines(t, entry).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
