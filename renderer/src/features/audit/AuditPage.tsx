import './audit.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBlock, Loading, PageHeader } from '../../components/Layout';
import { Pager } from '../../components/Pager';
import { useToast } from '../../components/Toast';
import { useAction } from '../../hooks/useAction';
import { useQuery } from '../../hooks/useQuery';
import { useDebounced } from '../correspondence/useDebounced';
import { AuditAlarm } from './AuditAlarm';
import { AuditFilters } from './AuditFilters';
import { emptyAuditFilter, toAuditFilter, type AuditFilterState } from './auditFilterState';
import { AuditTable } from './AuditTable';
import { IntegrityPanel } from './IntegrityPanel';

const LIMIT = 50;

/** The audit trail as a screen: browse and filter, field-level changes, verify, seal, export. */
export function AuditPage() {
  const { t } = useTranslation();
  const { notify } = useToast();
  const { busy, run } = useAction();
  const [filter, setFilter] = useState<AuditFilterState>(emptyAuditFilter);
  const [offset, setOffset] = useState(0);
  const [version, setVersion] = useState(0);
  const debounced = useDebounced(filter, 300);
  const query = { ...toAuditFilter(debounced), offset, limit: LIMIT };
  // Exports follow the filters as they stand, not as last debounced for the list.
  const exportFilter = toAuditFilter(filter);
  const page = useQuery(`audit:list:${JSON.stringify(query)}:${version}`, (api) => api.audit.list(query));

  const changeFilter = (next: AuditFilterState) => {
    setFilter(next);
    setOffset(0);
  };
  const saved = (path: string | undefined) => path && notify(t('common.fileSaved', { path }));

  return (
    <div className="page">
      <PageHeader
        title={t('auditTrail.title')}
        actions={
          <>
            <button
              type="button"
              className="btn"
              disabled={busy}
              onClick={() =>
                void run((api) => api.audit.exportCsv(exportFilter)).then((r) => r.ok && saved(r.value?.path))
              }
            >
              {t('auditTrail.exportCsv')}
            </button>
            <button
              type="button"
              className="btn"
              disabled={busy}
              onClick={() =>
                void run((api) => api.documents.savePdf({ kind: 'auditLog', filter: exportFilter })).then(
                  (r) => r.ok && saved(r.value?.path),
                )
              }
            >
              {t('auditTrail.savePdf')}
            </button>
          </>
        }
      />
      <p className="lead">{t('auditTrail.lead')}</p>
      <AuditAlarm onAcknowledged={() => setVersion((v) => v + 1)} />
      <AuditFilters value={filter} onChange={changeFilter} />
      {page.error && <ErrorBlock error={page.error} onRetry={page.reload} />}
      {!page.error && !page.data && <Loading />}
      {page.data && (
        <>
          <p className="muted" role="status">
            {t('auditTrail.total', { count: page.data.total })}
          </p>
          {page.data.items.length === 0 ? (
            <p className="muted">{t('auditTrail.empty')}</p>
          ) : (
            <AuditTable entries={page.data.items} />
          )}
          <Pager total={page.data.total} offset={offset} limit={LIMIT} onChange={setOffset} />
        </>
      )}
      <IntegrityPanel onChanged={() => setVersion((v) => v + 1)} />
    </div>
  );
}
