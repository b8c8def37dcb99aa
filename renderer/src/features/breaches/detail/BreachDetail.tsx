import { useTranslation } from 'react-i18next';
import type { BreachIncident } from '../../../../../shared/domain/breach';
import { ErrorBlock, Loading, PageHeader, Section } from '../../../components/Layout';
import { useQuery } from '../../../hooks/useQuery';
import { useNavigate } from '../../../shell/routes';
import '../breaches.css';
import { ClocksSection } from '../clocks/ClocksSection';
import { MailMergePanel } from '../notices/MailMergePanel';
import { NotificationsSection } from '../notices/NotificationsSection';
import { PrintSection } from '../notices/PrintSection';
import { ScopeSection } from '../scope/ScopeSection';
import { SeveritySection } from '../severity/SeveritySection';
import { BreachStatusBadge } from '../StatusBadge';
import { BreachAttachments } from './BreachAttachments';
import { BreachHistory } from './BreachHistory';
import { FactsSection } from './FactsSection';
import { StatusActions } from './StatusActions';
import { SectionNav } from '../../../components/sectionNav/SectionNav';

/** An incident: clocks first, then severity, notifications, scope, notices, facts and history. */
export function BreachDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const incident = useQuery(`breach:${id}`, (api) => api.breaches.get({ id }));
  const back = { label: t('breaches.backToList'), onClick: () => navigate({ page: 'breaches' }) };
  // Mutations invalidate the query cache; `changed` only makes sure this record is read again.
  const changed = (_next?: BreachIncident) => incident.reload();

  if (incident.error && !incident.data) {
    return (
      <div className="page">
        <PageHeader title={t('breaches.list.title')} back={back} />
        <ErrorBlock error={incident.error} onRetry={incident.reload} />
      </div>
    );
  }
  const b = incident.data;
  if (!b || b.id !== id) return <Loading />;
  const closed = b.status === 'closed';

  return (
    <div className="page page-detail page-breach">
      <PageHeader
        title={t('breaches.detail.title', { number: b.number })}
        back={back}
        subtitle={
          <span className="badge-row">
            <BreachStatusBadge status={b.status} />
            <span>{b.organisationName}</span>
          </span>
        }
        actions={
          <StatusActions incident={b} onChanged={changed}>
            <button
              type="button"
              className="btn"
              disabled={closed}
              onClick={() => navigate({ page: 'breachEdit', id })}
            >
              {t('common.edit')}
            </button>
          </StatusActions>
        }
      />
      <SectionNav />
      {closed && <p className="notice">{t('breaches.detail.closedNotice')}</p>}
      <ClocksSection incident={b} />
      <SeveritySection incident={b} onChanged={changed} />
      <NotificationsSection incident={b} onChanged={changed} />
      <ScopeSection incident={b} onChanged={changed} />
      <PrintSection incident={b} />
      <MailMergePanel incident={b} />
      <FactsSection incident={b} />
      <BreachAttachments incident={b} onChanged={changed} />
      <Section title={t('audit.history.title')}>
        <BreachHistory incidentId={id} />
      </Section>
    </div>
  );
}
