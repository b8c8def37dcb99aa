import { useTranslation } from 'react-i18next';
import type { BreachClock } from '../../../../../shared/domain/breachClock';
import { clockIcon, clockText, clockTone, clockView } from './clockView';

interface ClockBadgeProps {
  clock: Pick<BreachClock, 'dueAt' | 'state' | 'stoppedAt'>;
  now: number;
  large?: boolean;
}

/** Time left on a notification clock: text, icon and colour. */
export function ClockBadge({ clock, now, large }: ClockBadgeProps) {
  const { t } = useTranslation();
  const view = clockView(clock, now);
  const Icon = clockIcon[view.live];
  return (
    <span className={`clock-badge clock-${clockTone[view.live]}${large ? ' clock-large' : ''}`}>
      <Icon size={large ? 16 : 13} className="clock-icon" aria-hidden="true" />
      {clockText(t, view)}
    </span>
  );
}
