import { useTranslation } from 'react-i18next';
import { countdownIcon, countdownText, type CountdownView } from './countdown';

interface CountdownBadgeProps {
  countdown: CountdownView;
  hourBased?: boolean;
  large?: boolean;
}

/** The time left as text with an icon and a colour (red overdue, amber today / this week). */
export function CountdownBadge({ countdown, hourBased, large }: CountdownBadgeProps) {
  const { t } = useTranslation();
  const base = `countdown countdown-${countdown.state}`;
  return (
    <span className={large ? `${base} countdown-large` : base}>
      <span className="countdown-icon" aria-hidden="true">
        {countdownIcon[countdown.state]}
      </span>
      {countdownText(t, countdown, hourBased)}
    </span>
  );
}
