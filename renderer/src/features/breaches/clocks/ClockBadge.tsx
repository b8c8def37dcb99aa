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
  return (
    <span className={`clock-badge clock-${clockTone[view.live]}${large ? ' clock-large' : ''}`}>
      <span aria-hidden="true">{clockIcon[view.live]} </span>
      {clockText(t, view)}
    </span>
  );
}
