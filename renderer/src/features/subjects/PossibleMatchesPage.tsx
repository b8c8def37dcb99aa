import { useTranslation } from 'react-i18next';
import { ErrorBlock, Loading, PageHeader } from '../../components/Layout';
import { useQuery } from '../../hooks/useQuery';
import { useCurrentOrganisation } from '../../shell/appData';
import { useNavigate } from '../../shell/routes';
import { PossibleMatchList } from './PossibleMatchList';
import './subjects.css';

/** The «Возможные совпадения» review queue: pairs of subjects that may be one person. */
export function PossibleMatchesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const organisation = useCurrentOrganisation();
  const queue = useQuery(`possible-matches:${organisation.id}`, (api) =>
    api.subjects.possibleMatches({ organisationId: organisation.id, limit: 200 }),
  );
  return (
    <div className="page page-subjects">
      <PageHeader
        title={t('identity.matches.title')}
        subtitle={organisation.name}
        back={{ label: t('ledger.card.back'), onClick: () => navigate({ page: 'subjects' }) }}
      />
      <p className="muted">{t('identity.matches.lead')}</p>
      {queue.error && <ErrorBlock error={queue.error} onRetry={queue.reload} />}
      {!queue.error && !queue.data && <Loading />}
      {queue.data && (
        <PossibleMatchList
          items={queue.data.items}
          onChanged={queue.reload}
          onOpen={(id) => navigate({ page: 'subject', id })}
        />
      )}
    </div>
  );
}
