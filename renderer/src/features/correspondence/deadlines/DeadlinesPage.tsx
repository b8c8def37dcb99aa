import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorBlock, Loading, PageHeader } from '../../../components/Layout';
import { useQuery } from '../../../hooks/useQuery';
import { asLang, showInstant, showNumber } from '../../../i18n/format';
import { useAppData } from '../../../shell/appData';
import { useNavigate } from '../../../shell/routes';
import '../correspondence.css';
import './deadlines.css';
import { BreachDeadlines } from '../../breaches/overview/BreachDeadlines';
import { FirstStepsChecklist } from '../../firstSteps/FirstStepsChecklist';
import { setInboxView, initialInboxView, type DueBucket } from '../inbox/inboxView';
import { DeadlineGroup } from './DeadlineGroup';

const REFRESH_MS = 5 * 60_000;

/** The start page: what is overdue, due today and due this week, across every organisation. */
export function DeadlinesPage() {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const navigate = useNavigate();
  const { organisations, currentOrganisation } = useAppData();
  const overview = useQuery('deadlines:overview', (api) => api.deadlines.overview({ organisationId: null }));
  const { reload } = overview;

  // Countdowns change with the clock: refresh while the page stays open.
  useEffect(() => {
    const timer = window.setInterval(reload, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [reload]);

  const openInbox = (due: DueBucket) => {
    setInboxView({
      ...initialInboxView,
      filters: { ...initialInboxView.filters, due, scope: 'all' },
      sort: 'dueDate',
      direction: 'asc',
    });
    navigate({ page: 'correspondence' });
  };

  const data = overview.data;
  const several = organisations.filter((o) => !o.archivedAt).length > 1;
  const nothingDue = data && data.overdue.length + data.dueToday.length + data.thisWeek.length === 0;

  return (
    <div className="page page-deadlines">
      <PageHeader
        title={t('correspondence.deadlines.title')}
        subtitle={
          data &&
          t('correspondence.deadlines.subtitle', {
            open: showNumber(data.counts.open, lang),
            at: showInstant(data.generatedAt),
          })
        }
        actions={
          <>
            <button type="button" className="btn" onClick={() => navigate({ page: 'correspondence' })}>
              {t('correspondence.deadlines.toInbox')}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={!currentOrganisation || currentOrganisation.archivedAt !== null}
              onClick={() => navigate({ page: 'correspondenceNew' })}
            >
              <span aria-hidden="true">+ </span>
              {t('correspondence.inbox.register')}
            </button>
          </>
        }
      />
      <FirstStepsChecklist />
      {overview.error && <ErrorBlock error={overview.error} onRetry={overview.reload} />}
      {!overview.error && !data && <Loading />}
      {data && (
        <ul className="deadline-counters" aria-label={t('correspondence.deadlines.countersLabel')}>
          {(['overdue', 'dueToday', 'thisWeek'] as const).map((state) => (
            <li
              key={state}
              className={
                data.counts[state] > 0 ? `deadline-counter deadline-counter-${state}` : 'deadline-counter'
              }
            >
              <span className="deadline-counter-value">{showNumber(data.counts[state], lang)}</span>
              <span className="deadline-counter-label">{t(`correspondence.deadlines.groups.${state}`)}</span>
            </li>
          ))}
          <li className="deadline-counter">
            <span className="deadline-counter-value">{showNumber(data.counts.open, lang)}</span>
            <span className="deadline-counter-label">{t('correspondence.deadlines.openTotal')}</span>
          </li>
        </ul>
      )}
      <BreachDeadlines />
      {data && nothingDue && (
        <EmptyState
          title={t('correspondence.deadlines.emptyTitle')}
          text={
            data.counts.open > 0
              ? t('correspondence.deadlines.emptyTextOpen', { count: data.counts.open })
              : t('correspondence.deadlines.emptyText')
          }
          action={
            <button type="button" className="btn" onClick={() => navigate({ page: 'correspondence' })}>
              {t('correspondence.deadlines.toInbox')}
            </button>
          }
        />
      )}
      {data && !nothingDue && (
        <>
          <DeadlineGroup
            state="overdue"
            items={data.overdue}
            showOrganisation={several}
            onShowAll={() => openInbox('overdue')}
          />
          <DeadlineGroup
            state="dueToday"
            items={data.dueToday}
            showOrganisation={several}
            onShowAll={() => openInbox('today')}
          />
          <DeadlineGroup
            state="thisWeek"
            items={data.thisWeek}
            showOrganisation={several}
            onShowAll={() => openInbox('week')}
          />
        </>
      )}
    </div>
  );
}
