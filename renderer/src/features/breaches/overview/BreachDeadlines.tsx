import { useTranslation } from 'react-i18next';
import { Section } from '../../../components/Layout';
import { useQuery } from '../../../hooks/useQuery';
import { asLang } from '../../../i18n/format';
import { useNavigate } from '../../../shell/routes';
import '../breaches.css';
import { ClockBadge } from '../clocks/ClockBadge';
import { useNow } from '../clocks/useNow';

const SHOWN = 5;

/** Start page: the incidents whose notice clocks run, nearest first; nothing when there are none. */
export function BreachDeadlines() {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const navigate = useNavigate();
  const now = useNow();
  const overview = useQuery('breaches:overview', (api) => api.breaches.overview({ organisationId: null }));
  const items = (overview.data?.items ?? []).filter((b) => b.nearestClock !== null || b.anyMissed);
  if (items.length === 0) return null;
  return (
    <Section
      title={t('breaches.overview.title')}
      actions={
        <button type="button" className="btn btn-small" onClick={() => navigate({ page: 'breaches' })}>
          {t('breaches.overview.toLog')}
        </button>
      }
    >
      <ul className="breach-overview">
        {items.slice(0, SHOWN).map((b) => (
          <li key={b.id} className="breach-overview-item">
            <button
              type="button"
              className="link-button"
              onClick={() => navigate({ page: 'breach', id: b.id })}
            >
              {b.number}
            </button>
            <span className="muted">{b.organisationName}</span>
            {b.nearestClock ? (
              <>
                <span>{lang === 'ru' ? b.nearestClock.titleRu : b.nearestClock.titleEn}</span>
                <ClockBadge clock={b.nearestClock} now={now} />
              </>
            ) : (
              <span className="clock-badge clock-danger">{t('breaches.clocks.someMissed')}</span>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}
