import { Plus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorBlock, Loading, PageHeader } from '../../components/Layout';
import { useQuery } from '../../hooks/useQuery';
import { useCurrentOrganisation } from '../../shell/appData';
import { useNavigate } from '../../shell/routes';
import { LoadPolicyDialog } from './LoadPolicyDialog';
import { PolicyVersionTable } from './PolicyVersionTable';
import './policies.css';

/** The current organisation's policy versions, newest first; «Загрузить редакцию» opens the loader. */
export function PoliciesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const organisation = useCurrentOrganisation();
  const [loading, setLoading] = useState(false);
  const list = useQuery(`policies:${organisation.id}`, (api) =>
    api.policies.list({ organisationId: organisation.id }),
  );
  const load = (
    <button
      type="button"
      className="btn btn-primary"
      disabled={organisation.archivedAt !== null}
      onClick={() => setLoading(true)}
    >
      <Plus size={15} aria-hidden="true" />
      {t('policies.load')}
    </button>
  );
  return (
    <div className="page page-policies">
      <PageHeader title={t('policies.title')} subtitle={organisation.name} actions={load} />
      <p className="muted policy-intro">{t('policies.intro')}</p>
      {list.error && <ErrorBlock error={list.error} onRetry={list.reload} />}
      {!list.error && !list.data && <Loading />}
      {list.data && list.data.length === 0 && (
        <EmptyState title={t('policies.empty')} text={t('policies.emptyText')} action={load} />
      )}
      {list.data && list.data.length > 0 && (
        <PolicyVersionTable versions={list.data} onOpen={(id) => navigate({ page: 'policy', id })} />
      )}
      {loading && (
        <LoadPolicyDialog
          organisation={organisation}
          onClose={() => setLoading(false)}
          onLoaded={(id) => navigate({ page: 'policy', id })}
        />
      )}
    </div>
  );
}
