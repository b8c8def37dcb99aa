import { useTranslation } from 'react-i18next';
import { ErrorBlock, Loading, PageHeader } from '../../components/Layout';
import { useToast } from '../../components/Toast';
import { useQuery } from '../../hooks/useQuery';
import { useAppData } from '../../shell/appData';
import { useNavigate } from '../../shell/routes';
import { OrganisationForm } from './OrganisationForm';

export function OrganisationNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { notify } = useToast();
  const { refresh } = useAppData();
  const back = () => navigate({ page: 'organisations' });
  return (
    <div className="page page-form">
      <PageHeader
        title={t('organisations.newTitle')}
        back={{ label: t('organisations.backToList'), onClick: back }}
      />
      <OrganisationForm
        onCancel={back}
        onSaved={(o) => {
          notify(t('organisations.created'));
          void refresh();
          navigate({ page: 'organisation', id: o.id });
        }}
      />
    </div>
  );
}

export function OrganisationEditPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { notify } = useToast();
  const { refresh } = useAppData();
  const organisation = useQuery(`organisation:${id}`, (api) => api.organisations.get({ id }));
  const toDetail = () => navigate({ page: 'organisation', id });
  return (
    <div className="page page-form">
      <PageHeader
        title={t('organisations.editTitle')}
        subtitle={organisation.data?.name}
        back={{ label: organisation.data?.name ?? t('common.back'), onClick: toDetail }}
      />
      {organisation.error && <ErrorBlock error={organisation.error} onRetry={organisation.reload} />}
      {!organisation.error && !organisation.data && <Loading />}
      {organisation.data && (
        <OrganisationForm
          initial={organisation.data}
          onCancel={toDetail}
          onSaved={() => {
            notify(t('organisations.saved'));
            void refresh();
            toDetail();
          }}
        />
      )}
    </div>
  );
}
