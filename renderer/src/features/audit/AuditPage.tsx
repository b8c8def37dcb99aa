import { useTranslation } from 'react-i18next';
import { ErrorBlock, PageHeader } from '../../components/Layout';
import { useQuery } from '../../hooks/useQuery';

/** Walks the whole hash chain of the audit trail and reports the first entry that does not match. */
export function AuditPage() {
  const { t } = useTranslation();
  const verification = useQuery('audit:verify', (api) => api.audit.verify());
  const result = verification.loading ? undefined : verification.data;

  return (
    <div className="page">
      <PageHeader title={t('audit.title')} />
      <div className="card card-padded prose">
        <p>{t('audit.lead')}</p>
        <p className="muted">{t('audit.whereHistory')}</p>
        <div className="button-row">
          <button
            type="button"
            className="btn btn-primary"
            disabled={verification.loading}
            onClick={verification.reload}
          >
            {verification.loading ? t('audit.verifying') : t('audit.verify')}
          </button>
        </div>
        {verification.error && <ErrorBlock error={verification.error} onRetry={verification.reload} />}
        {result && result.ok && (
          <p className="verify-result verify-ok" role="status">
            {t('audit.ok', { count: result.checked })}
          </p>
        )}
        {result && !result.ok && (
          <p className="verify-result verify-broken" role="alert">
            {result.firstBrokenId !== null
              ? t('audit.broken', { id: String(result.firstBrokenId) })
              : t('audit.brokenNoId')}
          </p>
        )}
      </div>
    </div>
  );
}
