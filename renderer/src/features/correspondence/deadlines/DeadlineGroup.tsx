import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaEntry } from '../../../../../shared/domain/agenda';
import type { CorrespondenceSummary } from '../../../../../shared/domain/correspondenceQuery';
import { showDate, showText } from '../../../i18n/format';
import { useNavigate } from '../../../shell/routes';
import { CountdownBadge } from '../CountdownBadge';
import { countdownIcon } from '../countdown';
import { BlockedBadge, StatusBadge } from '../StatusBadge';
import { AgendaList } from './AgendaList';

type GroupState = 'overdue' | 'dueToday' | 'thisWeek';

interface DeadlineGroupProps {
  state: GroupState;
  items: readonly CorrespondenceSummary[];
  /** Breach clocks, reviews, contract ends… of the same urgency. */
  others: readonly AgendaEntry[];
  showOrganisation: boolean;
  onShowAll: () => void;
}

/** One section of the start page; each row opens its item. */
export function DeadlineGroup({ state, items, others, showOrganisation, onShowAll }: DeadlineGroupProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const headingId = useId();
  const Icon = countdownIcon[state];
  return (
    <section className={`deadline-group deadline-group-${state}`} aria-labelledby={headingId}>
      <div className="deadline-group-header">
        <h2 id={headingId}>
          <Icon size={17} className="deadline-group-icon" aria-hidden="true" />
          {t(`correspondence.deadlines.groups.${state}`)}
          <span className="deadline-group-count">{items.length + others.length}</span>
        </h2>
        {items.length > 0 && (
          <button type="button" className="btn btn-small btn-ghost" onClick={onShowAll}>
            {t('correspondence.deadlines.showInInbox')}
          </button>
        )}
      </div>
      <AgendaList entries={others} showOrganisation={showOrganisation} />
      {items.length === 0 ? (
        <p className="deadline-group-empty muted">{t(`correspondence.deadlines.none.${state}`)}</p>
      ) : (
        <ul className="deadline-list">
          {items.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                className="deadline-item"
                onClick={() => navigate({ page: 'correspondenceItem', id: item.id })}
              >
                <span className="deadline-item-main">
                  <span className="deadline-item-title">
                    <span className="deadline-item-number">{item.number}</span>
                    <span>{t(`correspondence.kindShort.${item.kind}`)}</span>
                  </span>
                  <span className="deadline-item-sender">
                    {showText(item.sender.name)}
                    {showOrganisation && <span className="muted"> · {item.organisationName}</span>}
                  </span>
                </span>
                <span className="deadline-item-flags">
                  {item.blocked && <BlockedBadge />}
                  <StatusBadge status={item.status} />
                </span>
                <span className="deadline-item-due">
                  <span className="deadline-item-date">{showDate(item.dueDate)}</span>
                  <CountdownBadge countdown={item.countdown} />
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
