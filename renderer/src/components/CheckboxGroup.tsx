import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '../i18n/messages';

interface CheckboxGroupProps<V extends string> {
  legend: string;
  options: readonly { value: V; label: string }[];
  value: readonly V[];
  onChange: (value: V[]) => void;
  onBlur?: () => void;
  error?: string;
  required?: boolean;
  columns?: 1 | 2 | 3;
}

/** A set of checkboxes for a multi-value field, grouped by a fieldset; keeps the option order. */
export function CheckboxGroup<V extends string>(props: CheckboxGroupProps<V>) {
  const { legend, options, value, onChange, onBlur, error, required, columns = 2 } = props;
  const { t } = useTranslation();
  const errorId = useId();
  const toggle = (option: V, checked: boolean) => {
    const next = new Set(value);
    if (checked) next.add(option);
    else next.delete(option);
    onChange(options.map((o) => o.value).filter((v) => next.has(v)));
  };
  return (
    <fieldset
      className="checkbox-group field-wide"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="field-label">
        {legend}
        {required && (
          <span className="field-required" aria-hidden="true">
            {' *'}
          </span>
        )}
      </legend>
      <div className={`checkbox-grid checkbox-grid-${columns}`}>
        {options.map((o) => (
          <label key={o.value} className="check">
            <input
              type="checkbox"
              checked={value.includes(o.value)}
              onChange={(e) => toggle(o.value, e.target.checked)}
              onBlur={onBlur}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {fieldMessage(t, error === 'validation.choose' ? 'validation.chooseAtLeastOne' : error)}
        </p>
      )}
    </fieldset>
  );
}
