import { useTranslation } from 'react-i18next';
import { DEFAULT_TIME_ZONES } from '../../../../../shared/domain/correspondenceSettings';
import { ErrorBlock, Loading, PageHeader } from '../../../components/Layout';
import { useToast } from '../../../components/Toast';
import { useQuery } from '../../../hooks/useQuery';
import { useCurrentOrganisation } from '../../../shell/appData';
import { useNavigate } from '../../../shell/routes';
import '../breaches.css';
import { BreachForm } from './BreachForm';

export function BreachNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { notify } = useToast();
  const organisation = useCurrentOrganisation();
  const settings = useQuery(`breachZone:${organisation.id}`, (api) =>
    api.correspondence.getSettings({ organisationId: organisation.id }),
  );
  const back = () => navigate({ page: 'breaches' });
  const zone =
    settings.data?.timeZone ?? (settings.error ? DEFAULT_TIME_ZONES[organisation.jurisdiction] : null);
  return (
    <div className="page page-form">
      <PageHeader
        title={t('breaches.form.newTitle')}
        subtitle={organisation.name}
        back={{ label: t('breaches.backToList'), onClick: back }}
      />
      {zone === null ? (
        <Loading />
      ) : (
        <BreachForm
          organisationId={organisation.id}
          zone={zone}
          onCancel={back}
          onSaved={(b) => {
            notify(t('breaches.form.created', { number: b.number }));
            navigate({ page: 'breach', id: b.id });
          }}
        />
      )}
    </div>
  );
}

export function BreachEditPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { notify } = useToast();
  const incident = useQuery(`breach:${id}`, (api) => api.breaches.get({ id }));
  const toDetail = () => navigate({ page: 'breach', id });
  const b = incident.data;
  return (
    <div className="page page-form">
      <PageHeader
        title={t('breaches.form.editTitle', { number: b?.number ?? '' })}
        subtitle={b?.organisationName}
        back={{ label: b?.number ?? t('common.back'), onClick: toDetail }}
      />
      {incident.error && <ErrorBlock error={incident.error} onRetry={incident.reload} />}
      {!incident.error && !b && <Loading />}
      {b && (
        <BreachForm
          organisationId={b.organisationId}
          zone={b.timeZone}
          initial={b}
          onCancel={toDetail}
          onSaved={() => {
            notify(t('breaches.form.saved'));
            toDetail();
          }}
        />
      )}
    </div>
  );
}
