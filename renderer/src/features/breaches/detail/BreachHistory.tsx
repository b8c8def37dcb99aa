import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../../shared/domain/audit';
import { ErrorBlock, Loading } from '../../../components/Layout';
import { useQuery } from '../../../hooks/useQuery';
import { changedFieldNames } from '../../../i18n/auditFields';
import { showInstant } from '../../../i18n/format';

const STATUS = new Set(['open', 'contained', 'notified', 'closed']);

const lineOf = (t: TFunction, e: AuditEntry): string => {
  if (e.action === 'create') return t('breaches.history.created');
  if (e.action === 'attach') return t('breaches.history.attached');
  const status = e.after?.status;
  if (e.changed.includes('status') && typeof status === 'string' && STATUS.has(status)) {
    return t('breaches.history.status', { status: t(`breaches.status.${status as 'open'}`) });
  }
  const names = changedFieldNames(t, 'breachIncident', e.changed);
  return names.length
    ? t('breaches.history.changed', { fields: names.join(', ') })
    : t('breaches.history.updated');
};

/** The incident's audit trail, newest first. */
export function BreachHistory({ incidentId }: { incidentId: number }) {
  const { t } = useTranslation();
  const history = useQuery(`audit:breach:${incidentId}`, (api) =>
    api.audit.history({ entity: 'breachIncident', entityId: incidentId }),
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
          </div>
          <p className="history-lines">{lineOf(t, entry)}</p>
        </li>
      ))}
    </ol>
  );
}
