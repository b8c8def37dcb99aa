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
  const Icon = countdownIcon[countdown.state];
  return (
    <span className={large ? `${base} countdown-large` : base}>
      <Icon size={large ? 16 : 13} className="countdown-icon" aria-hidden="true" />
      {countdownText(t, countdown, hourBased)}
    </span>
  );
}
