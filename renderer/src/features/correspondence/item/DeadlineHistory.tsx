import { useTranslation } from 'react-i18next';
import type { CorrespondenceItem } from '../../../../../shared/domain/correspondence';
import { showDate, showInstant } from '../../../i18n/format';
import { periodText } from '../periodText';

/** Extensions and pauses of the period, oldest first, each with its reason. */
export function DeadlineHistory({ item }: { item: CorrespondenceItem }) {
  const { t } = useTranslation();
  const entries = [
    ...item.extensions.map((e) => ({
      key: `e${e.id}`,
      at: e.createdAt,
      title: t('correspondence.deadline.extensionEntry', {
        period: periodText(t, e.amount, e.unit),
        date: showDate(e.grantedOn),
      }),
      reason: e.reason,
      running: false,
    })),
    ...item.pauses.map((p) => ({
      key: `p${p.id}`,
      at: p.createdAt,
      title: p.to
        ? t('correspondence.deadline.pauseEntry', { from: showDate(p.from), to: showDate(p.to) })
        : t('correspondence.deadline.pauseRunning', { from: showDate(p.from) }),
      reason: p.reason,
      running: p.to === null,
    })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  if (entries.length === 0) return null;
  return (
    <div className="deadline-history">
      <h3 className="subheading">{t('correspondence.deadline.historyTitle')}</h3>
      <ul className="timeline">
        {entries.map((e) => (
          <li key={e.key} className={e.running ? 'timeline-entry is-running' : 'timeline-entry'}>
            <div className="timeline-title">{e.title}</div>
            <div className="muted small">
              {t('correspondence.deadline.reason')}: {e.reason} · {t('correspondence.deadline.recordedAt')}{' '}
              {showInstant(e.at)}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
