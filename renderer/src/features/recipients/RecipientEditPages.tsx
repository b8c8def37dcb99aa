import { useTranslation } from 'react-i18next';
import { ErrorBlock, Loading, PageHeader } from '../../components/Layout';
import { useToast } from '../../components/Toast';
import { useQuery } from '../../hooks/useQuery';
import { useAppData, useCurrentOrganisation } from '../../shell/appData';
import { useNavigate } from '../../shell/routes';
import { RecipientForm } from './RecipientForm';

export function RecipientNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { notify } = useToast();
  const organisation = useCurrentOrganisation();
  const back = () => navigate({ page: 'recipients' });
  return (
    <div className="page page-form">
      <PageHeader
        title={t('recipients.newTitle')}
        subtitle={organisation.name}
        back={{ label: t('recipients.backToRegister'), onClick: back }}
      />
      <RecipientForm
        organisation={organisation}
        onCancel={back}
        onSaved={(r) => {
          notify(t('recipients.created'));
          navigate({ page: 'recipient', id: r.id });
        }}
      />
    </div>
  );
}

export function RecipientEditPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { notify } = useToast();
  const { organisations } = useAppData();
  const recipient = useQuery(`recipient:${id}`, (api) => api.recipients.get({ id }));
  const toDetail = () => navigate({ page: 'recipient', id });
  const organisation = organisations.find((o) => o.id === recipient.data?.organisationId);

  return (
    <div className="page page-form">
      <PageHeader
        title={t('recipients.editTitle')}
        subtitle={recipient.data?.legalName}
        back={{ label: recipient.data?.legalName ?? t('common.back'), onClick: toDetail }}
      />
      {recipient.error && <ErrorBlock error={recipient.error} onRetry={recipient.reload} />}
      {!recipient.error && !recipient.data && <Loading />}
      {recipient.data && organisation && (
        <RecipientForm
          organisation={organisation}
          initial={recipient.data}
          onCancel={toDetail}
          onSaved={() => {
            notify(t('recipients.saved'));
            toDetail();
          }}
        />
      )}
    </div>
  );
}
