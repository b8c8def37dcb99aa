import { asLang } from '../../i18n/format';
import { useTranslation } from 'react-i18next';
import { showPercent } from './importText';

interface ProgressBarProps {
  /** 0..100. */
  percent: number;
  label: string;
  /** An announced description of the state (rows per second, time left…). */
  valueText?: string;
  tone?: 'running' | 'done' | 'stopped';
}

/** A determinate progress bar with the percentage next to it; screen readers get the value and text. */
export function ProgressBar({ percent, label, valueText, tone = 'running' }: ProgressBarProps) {
  const { i18n } = useTranslation();
  const lang = asLang(i18n.language);
  const value = Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <div className={`progress progress-${tone}`}>
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={
          valueText ? `${showPercent(percent, lang)}, ${valueText}` : showPercent(percent, lang)
        }
      >
        <div className="progress-fill" style={{ width: `${Math.max(0, Math.min(100, percent))}%` }} />
      </div>
      <span className="progress-percent" aria-hidden="true">
        {showPercent(percent, lang)}
      </span>
    </div>
  );
}
