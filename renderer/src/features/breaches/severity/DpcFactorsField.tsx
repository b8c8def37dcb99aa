import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '../../../i18n/messages';
import {
  DpcFactor,
  INCREASING_FACTORS,
  type DpcFactorChoice,
} from '../../../../../shared/domain/breachSeverity';

interface DpcFactorsFieldProps {
  value: readonly DpcFactorChoice[];
  onChange: (next: DpcFactorChoice[]) => void;
  /** An i18n message key. */
  error?: string | undefined;
}

const POINTS = [1, 2, 3] as const;

/**
 * The ENISA contextual factors, each with its weight: an increasing factor adds +1…+3 to the base
 * DPC, a decreasing one takes off −1…−3 (Assessment Table 1 spans the whole 1–4 scale).
 */
export function DpcFactorsField({ value, onChange, error }: DpcFactorsFieldProps) {
  const { t } = useTranslation();
  const legendId = useId();
  const pointsOf = (factor: DpcFactor) => value.find((c) => c.factor === factor)?.points ?? 0;
  const set = (factor: DpcFactor, points: number) => {
    const rest = value.filter((c) => c.factor !== factor);
    onChange(points === 0 ? rest : [...rest, { factor, points }]);
  };
  return (
    <fieldset className="field field-wide dpc-factors" aria-labelledby={legendId}>
      <legend id={legendId}>{t('breaches.severity.fields.factors')}</legend>
      <p className="field-hint">{t('breaches.severity.factorsHint')}</p>
      {DpcFactor.options.map((factor) => {
        const sign = INCREASING_FACTORS.includes(factor) ? 1 : -1;
        return (
          <label key={factor} className="dpc-factor">
            <span>{t(`breaches.severity.factor.${factor}`)}</span>
            <select value={String(pointsOf(factor))} onChange={(e) => set(factor, Number(e.target.value))}>
              <option value="0">{t('breaches.severity.factorNone')}</option>
              {POINTS.map((p) => (
                <option key={p} value={String(sign * p)}>
                  {sign > 0 ? `+${p}` : `−${p}`}
                </option>
              ))}
            </select>
          </label>
        );
      })}
      {error && (
        <p className="field-error" role="alert">
          {fieldMessage(t, error)}
        </p>
      )}
    </fieldset>
  );
}
