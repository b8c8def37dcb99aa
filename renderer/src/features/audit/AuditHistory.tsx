import { useTranslation } from 'react-i18next';
import type { AuditEntity, AuditEntry } from '../../../../shared/domain/audit';
import { ErrorBlock, Loading } from '../../components/Layout';
import { useQuery } from '../../hooks/useQuery';
import { asLang, showInstant, type Lang } from '../../i18n/format';
import { fieldLabel, formatAuditValue, isBlank, visibleChanges } from './auditValues';

interface AuditHistoryProps {
  entity: AuditEntity;
  entityId: number;
  /** Bump to reload after a change made on the page. */
  version?: number;
}

/** The change history of one record: when, who, what, and each changed field as before → after. */
export function AuditHistory({ entity, entityId, version = 0 }: AuditHistoryProps) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const history = useQuery(`audit:${entity}:${entityId}:${version}`, (api) =>
    api.audit.history({ entity, entityId }),
  );
  if (history.error) return <ErrorBlock error={history.error} onRetry={history.reload} />;
  if (!history.data) return <Loading />;
  if (history.data.length === 0) return <p className="muted">{t('audit.history.empty')}</p>;
  const entries = [...history.data].sort((a, b) => b.id - a.id);
  return (
    <ol className="history">
      {entries.map((entry) => (
        <HistoryEntry key={entry.id} entry={entry} lang={lang} />
      ))}
    </ol>
  );
}

function HistoryEntry({ entry, lang }: { entry: AuditEntry; lang: Lang }) {
  const { t } = useTranslation();
  const changes = visibleChanges(entry.changed);
  return (
    <li className="history-entry">
      <div className="history-head">
        <span className="history-action">{t(`audit.actions.${entry.action}`)}</span>
        <time dateTime={entry.at}>{showInstant(entry.at)}</time>
        <span className="history-who">
          {entry.actorPerson || t('audit.history.noPerson')}
          <span className="muted"> · {t('audit.history.osUser', { name: entry.actorOs })}</span>
        </span>
        <span className="history-id muted">{t('common.numberRef', { number: String(entry.id) })}</span>
      </div>
      {entry.action === 'create' ? (
        <details className="history-details">
          <summary>{t('audit.history.createdValues')}</summary>
          <ChangesTable
            entry={entry}
            fields={changes.filter((f) => !isBlank(entry.after?.[f]))}
            lang={lang}
            showBefore={false}
          />
        </details>
      ) : changes.length > 0 ? (
        <ChangesTable entry={entry} fields={changes} lang={lang} showBefore />
      ) : (
        <p className="muted">{t('audit.history.noChanges')}</p>
      )}
    </li>
  );
}

interface ChangesTableProps {
  entry: AuditEntry;
  fields: string[];
  lang: Lang;
  showBefore: boolean;
}

export function ChangesTable({ entry, fields, lang, showBefore }: ChangesTableProps) {
  const { t } = useTranslation();
  return (
    <table className="changes-table" aria-label={t('audit.history.tableLabel')}>
      <thead>
        <tr>
          <th scope="col">{t('audit.history.field')}</th>
          {showBefore && <th scope="col">{t('audit.history.before')}</th>}
          <th scope="col">{t('audit.history.after')}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <tr key={field}>
            <th scope="row">{fieldLabel(t, entry.entity, field)}</th>
            {showBefore && (
              <td className="value-before">{formatAuditValue(t, lang, field, entry.before?.[field])}</td>
            )}
            <td className="value-after">
              {showBefore && (
                <span className="arrow" aria-hidden="true">
                  →{' '}
                </span>
              )}
              {formatAuditValue(t, lang, field, entry.after?.[field])}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
