import { useTranslation } from 'react-i18next';
import type { Currency } from '../../../../../shared/domain/correspondence';
import type { Jurisdiction } from '../../../../../shared/domain/common';
import { ErrorBlock, Loading, PageHeader } from '../../../components/Layout';
import { useToast } from '../../../components/Toast';
import { useQuery } from '../../../hooks/useQuery';
import { useCurrentOrganisation } from '../../../shell/appData';
import { useNavigate } from '../../../shell/routes';
import '../correspondence.css';
import './form.css';
import { ItemForm } from './ItemForm';
import { emptyItem, toItemFormValues } from './itemFormValues';

const CURRENCY: Record<Jurisdiction, Currency> = { KG: 'KGS', KZ: 'KZT', RU: 'RUB' };

export function ItemNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { notify } = useToast();
  const organisation = useCurrentOrganisation();
  const back = () => navigate({ page: 'correspondence' });
  return (
    <div className="page page-form">
      <PageHeader
        title={t('correspondence.form.newTitle')}
        subtitle={organisation.name}
        back={{ label: t('correspondence.backToInbox'), onClick: back }}
      />
      <ItemForm
        organisationId={organisation.id}
        defaultValues={emptyItem(CURRENCY[organisation.jurisdiction])}
        onCancel={back}
        onSaved={(item) => {
          notify(t('correspondence.form.registered', { number: item.number }));
          navigate({ page: 'correspondenceItem', id: item.id });
        }}
      />
    </div>
  );
}

export function ItemEditPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { notify } = useToast();
  const item = useQuery(`item:${id}`, (api) => api.correspondence.get({ id }));
  const toDetail = () => navigate({ page: 'correspondenceItem', id });
  return (
    <div className="page page-form">
      <PageHeader
        title={
          item.data
            ? t('correspondence.form.editTitle', { number: item.data.number })
            : t('correspondence.inbox.title')
        }
        back={{ label: t('correspondence.backToItem'), onClick: toDetail }}
      />
      {item.error && <ErrorBlock error={item.error} onRetry={item.reload} />}
      {!item.error && !item.data && <Loading />}
      {item.data && (
        <ItemForm
          organisationId={item.data.organisationId}
          initial={item.data}
          defaultValues={toItemFormValues(item.data)}
          onCancel={toDetail}
          onSaved={() => {
            notify(t('correspondence.form.saved'));
            toDetail();
          }}
        />
      )}
    </div>
  );
}
