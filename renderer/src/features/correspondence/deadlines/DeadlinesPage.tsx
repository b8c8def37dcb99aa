import { Plus } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorBlock, Loading, PageHeader, Section } from '../../../components/Layout';
import { useQuery } from '../../../hooks/useQuery';
import { asLang, showInstant, showNumber } from '../../../i18n/format';
import { useAppData } from '../../../shell/appData';
import { useNavigate } from '../../../shell/routes';
import '../correspondence.css';
import './deadlines.css';
import { DemoDataPanel } from '../../demo/DemoDataPanel';
import { FirstStepsChecklist } from '../../firstSteps/FirstStepsChecklist';
import type { AgendaEntry, AgendaState } from '../../../../../shared/domain/agenda';
import { AgendaList } from './AgendaList';
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
  const agenda = useQuery('agenda:overview', (api) => api.agenda.overview());
  const { reload } = overview;
  const reloadAgenda = agenda.reload;

  // Countdowns change with the clock: refresh while the page stays open.
  useEffect(() => {
    const timer = window.setInterval(() => {
      reload();
      reloadAgenda();
    }, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [reload, reloadAgenda]);

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
  const entries = agenda.data?.entries ?? [];
  const of = (state: AgendaState, kinds?: readonly AgendaEntry['kind'][]) =>
    entries.filter((e) => e.state === state && (!kinds || kinds.includes(e.kind)));
  const upcoming = of('later', ['review', 'contractEnd']);
  const blocks = of('later', ['block']);
  const calendars = of('later', ['calendar']);
  const counts = data && {
    overdue: data.counts.overdue + (agenda.data?.counts.overdue ?? 0),
    dueToday: data.counts.dueToday + (agenda.data?.counts.dueToday ?? 0),
    thisWeek: data.counts.thisWeek + (agenda.data?.counts.thisWeek ?? 0),
    open: data.counts.open,
  };
  const several = organisations.filter((o) => !o.archivedAt).length > 1;
  const nothingDue =
    counts && counts.overdue + counts.dueToday + counts.thisWeek === 0 && entries.length === 0;

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
              <Plus size={15} aria-hidden="true" />
              {t('correspondence.inbox.register')}
            </button>
          </>
        }
      />
      <FirstStepsChecklist />
      <DemoDataPanel />
      {overview.error && <ErrorBlock error={overview.error} onRetry={overview.reload} />}
      {!overview.error && !data && <Loading />}
      {agenda.error && <ErrorBlock error={agenda.error} onRetry={agenda.reload} />}
      {counts && (
        <ul className="deadline-counters" aria-label={t('correspondence.deadlines.countersLabel')}>
          {(['overdue', 'dueToday', 'thisWeek'] as const).map((state) => (
            <li
              key={state}
              className={
                counts[state] > 0 ? `deadline-counter deadline-counter-${state}` : 'deadline-counter'
              }
            >
              <span className="deadline-counter-value">{showNumber(counts[state], lang)}</span>
              <span className="deadline-counter-label">{t(`correspondence.deadlines.groups.${state}`)}</span>
            </li>
          ))}
          <li className="deadline-counter">
            <span className="deadline-counter-value">{showNumber(counts.open, lang)}</span>
            <span className="deadline-counter-label">{t('correspondence.deadlines.openTotal')}</span>
          </li>
        </ul>
      )}
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
            others={of('overdue')}
            showOrganisation={several}
            onShowAll={() => openInbox('overdue')}
          />
          <DeadlineGroup
            state="dueToday"
            items={data.dueToday}
            others={of('dueToday')}
            showOrganisation={several}
            onShowAll={() => openInbox('today')}
          />
          <DeadlineGroup
            state="thisWeek"
            items={data.thisWeek}
            others={of('thisWeek')}
            showOrganisation={several}
            onShowAll={() => openInbox('week')}
          />
          {(
            [
              ['upcoming', upcoming],
              ['blocks', blocks],
              ['calendars', calendars],
            ] as const
          ).map(
            ([name, list]) =>
              list.length > 0 && (
                <Section key={name} title={t(`agenda.sections.${name}`)}>
                  <AgendaList entries={list} showOrganisation={several} />
                </Section>
              ),
          )}
        </>
      )}
    </div>
  );
}
