import { useTranslation } from 'react-i18next';
import type { AgendaEntry } from '../../../../../shared/domain/agenda';
import { ClockBadge } from '../../breaches/clocks/ClockBadge';
import { useNow } from '../../breaches/clocks/useNow';
import { asLang, showDate } from '../../../i18n/format';
import { useNavigate, type Route } from '../../../shell/routes';
import { countdownIcon } from '../countdown';

const routeOf = (e: AgendaEntry): Route => {
  if (e.kind === 'breachClock' && e.targetId !== null) return { page: 'breach', id: e.targetId };
  if ((e.kind === 'review' || e.kind === 'contractEnd') && e.targetId !== null)
    return { page: 'recipient', id: e.targetId };
  if (e.kind === 'block' && e.targetId !== null) return { page: 'correspondenceItem', id: e.targetId };
  return { page: 'deadlineSettings' };
};

/** Breach clocks, review dates, contract ends, blocks and calendars, in the look of the claims list. */
export function AgendaList({
  entries,
  showOrganisation,
}: {
  entries: readonly AgendaEntry[];
  showOrganisation: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const navigate = useNavigate();
  const now = useNow();
  if (entries.length === 0) return null;
  return (
    <ul className="deadline-list agenda-list">
      {entries.map((e) => {
        const Icon = countdownIcon[e.state];
        // Reviews and contract ends have no second line of their own: the organisation starts it.
        const hasLead = e.kind === 'breachClock' || e.kind === 'block' || e.kind === 'calendar';
        return (
          <li key={e.key}>
            <button type="button" className="deadline-item" onClick={() => navigate(routeOf(e))}>
              <span className="deadline-item-main">
                <span className="deadline-item-title">
                  <Icon size={14} className={`agenda-icon agenda-icon-${e.state}`} aria-hidden="true" />
                  <span className="deadline-item-number">
                    {e.kind === 'calendar' ? t(`labels.jurisdiction.${e.country ?? 'RU'}`) : e.label}
                  </span>
                  <span>{t(`agenda.kind.${e.kind}`)}</span>
                </span>
                <span className="deadline-item-sender">
                  {e.kind === 'breachClock' && (lang === 'ru' ? e.titleRu : e.titleEn)}
                  {e.kind === 'block' &&
                    (e.state === 'overdue'
                      ? t('agenda.blockStale')
                      : t('agenda.blockItem', {
                          number: e.label,
                          kind: t(`correspondence.kindShort.${e.itemKind ?? 'other'}`),
                        }))}
                  {e.kind === 'calendar' &&
                    t('agenda.calendarText', {
                      country: t(`labels.jurisdiction.${e.country ?? 'RU'}`),
                      year: e.label,
                    })}
                  {showOrganisation && e.organisationName && (
                    <span className="muted">
                      {hasLead ? ' · ' : ''}
                      {e.organisationName}
                    </span>
                  )}
                </span>
              </span>
              <span className="deadline-item-due">
                {e.kind === 'breachClock' && e.dueAt ? (
                  <ClockBadge
                    clock={{
                      dueAt: e.dueAt,
                      state: e.state === 'overdue' ? 'missed' : 'running',
                      stoppedAt: null,
                    }}
                    now={now}
                  />
                ) : (
                  <span className="deadline-item-date">
                    {t(`agenda.due.${e.kind}`, { date: showDate(e.dueDate) })}
                  </span>
                )}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
