import { useTranslation } from 'react-i18next';
import { useQuery } from '../../hooks/useQuery';
import { showDate } from '../../i18n/format';
import { useNavigate } from '../../shell/routes';
import { BlockedBadge } from './StatusBadge';
import './correspondence.css';

/** On a subject's card: the subject's data is blocked now, since when, and by which request. */
export function SubjectBlockNotice({ subjectId }: { subjectId: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const blocks = useQuery(`blocks:${subjectId}`, (api) =>
    api.blocks.forSubjects({ subjectIds: [subjectId] }),
  );
  const active = (blocks.data ?? []).filter((b) => b.subjectId === subjectId);
  if (active.length === 0) return null;
  return (
    <div className="block-notice" role="status">
      <BlockedBadge />
      <ul className="plain-list">
        {active.map((b) => (
          <li key={b.id}>
            {t('correspondence.blocks.subjectNotice', { date: showDate(b.from) })}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => navigate({ page: 'correspondenceItem', id: b.itemId })}
            >
              {t('correspondence.blocks.openItem', { number: b.itemNumber })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
