import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../shared/domain/audit';
import { asLang, showInstant } from '../../i18n/format';
import { translateKey } from '../../i18n/messages';
import { ChangesTable } from './AuditHistory';
import { isBlank, visibleChanges } from './auditValues';

/** One line per entry; a row opens to show each changed field as before → after, and the hashes. */
export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<number | null>(null);
  return (
    <div className="table-wrap">
      <table className="data-table audit-table" aria-label={t('auditTrail.tableLabel')}>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('auditTrail.columns.id')}
            </th>
            <th scope="col">{t('auditTrail.columns.at')}</th>
            <th scope="col">{t('auditTrail.columns.action')}</th>
            <th scope="col">{t('auditTrail.columns.record')}</th>
            <th scope="col">{t('auditTrail.columns.who')}</th>
            <th scope="col">{t('auditTrail.columns.changes')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <Fragment key={entry.id}>
              <AuditRow
                entry={entry}
                open={open === entry.id}
                onToggle={() => setOpen(open === entry.id ? null : entry.id)}
              />
              {open === entry.id && (
                <tr className="audit-details-row">
                  <td colSpan={6}>
                    <AuditDetails entry={entry} />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AuditRow({ entry, open, onToggle }: { entry: AuditEntry; open: boolean; onToggle: () => void }) {
  const { t } = useTranslation();
  const fields = visibleChanges(entry.changed);
  return (
    <tr>
      <td className="num">{entry.id}</td>
      <td className="nowrap">{showInstant(entry.at)}</td>
      <td>{translateKey(t, `audit.actions.${entry.action}`)}</td>
      <td>
        {t('auditTrail.record', {
          entity: translateKey(t, `auditTrail.entities.${entry.entity}`),
          id: String(entry.entityId),
        })}
      </td>
      <td>
        {entry.actorPerson || t('audit.history.noPerson')}
        <div className="muted small">{entry.actorOs}</div>
      </td>
      <td>
        <button type="button" className="btn btn-small btn-link" aria-expanded={open} onClick={onToggle}>
          {fields.length > 0 ? t('auditTrail.fieldsChanged', { count: fields.length }) : '—'}
          <span className="visually-hidden"> {t('auditTrail.showDetails', { id: String(entry.id) })}</span>
        </button>
      </td>
    </tr>
  );
}

function AuditDetails({ entry }: { entry: AuditEntry }) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const fields = visibleChanges(entry.changed).filter(
    (f) => entry.action !== 'create' || !isBlank(entry.after?.[f]),
  );
  return (
    <section className="audit-details" aria-label={t('auditTrail.details', { id: String(entry.id) })}>
      {fields.length > 0 ? (
        <ChangesTable entry={entry} fields={fields} lang={lang} showBefore={entry.action !== 'create'} />
      ) : (
        <p className="muted">{t('audit.history.noChanges')}</p>
      )}
      <dl className="audit-hashes">
        <dt>{t('auditTrail.hash')}</dt>
        <dd className="mono">{entry.hash}</dd>
        <dt>{t('auditTrail.prevHash')}</dt>
        <dd className="mono">{entry.prevHash}</dd>
      </dl>
    </section>
  );
}
