import { useTranslation } from 'react-i18next';
import { useQuery } from '../../hooks/useQuery';
import { useCurrentOrganisation } from '../../shell/appData';
import { useNavigate } from '../../shell/routes';
import './subjects.css';

/**
 * Says that the ledger holds open possible matches (after an import, on the subjects list) and leads
 * to the review queue: a shared phone under different names is never merged silently, nor left unsaid.
 */
export function PossibleMatchesNotice({ version = 0 }: { version?: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const organisation = useCurrentOrganisation();
  const open = useQuery(`possible-matches-count:${organisation.id}:${version}`, (api) =>
    api.subjects.possibleMatches({ organisationId: organisation.id, limit: 1 }),
  );
  const count = open.data?.total ?? 0;
  if (count === 0) return null;
  return (
    <div className="notice notice-warning matches-notice" role="status">
      <span>{t('subjectEdits.importMatches.text', { count })}</span>
      <button type="button" className="btn btn-small" onClick={() => navigate({ page: 'possibleMatches' })}>
        {t('subjectEdits.importMatches.review')}
      </button>
    </div>
  );
}
