import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTimeText } from '../../../../shared/format/dateText';

interface TimeInputProps {
  id?: string;
  /** HH:MM (24-hour), '' or the typed text while it is not a time yet. */
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  invalid?: boolean;
  describedBy?: string;
  ariaLabel: string;
  disabled?: boolean;
}

/** A 24-hour time typed as HH:MM (9, 905, 9.05 and 09:05 all mean 09:05 once the field is left). */
export function TimeInput({
  id,
  value,
  onChange,
  onBlur,
  invalid,
  describedBy,
  ariaLabel,
  disabled,
}: TimeInputProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const emitted = useRef(value);

  useEffect(() => {
    if (value !== emitted.current) {
      emitted.current = value;
      setText(value);
    }
  }, [value]);

  return (
    <input
      id={id}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      className="time-input"
      placeholder={t('desktop.date.timePlaceholder')}
      value={text}
      disabled={disabled}
      aria-label={ariaLabel}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      onChange={(e) => {
        setText(e.target.value);
        const next = parseTimeText(e.target.value) ?? e.target.value.trim();
        emitted.current = next;
        onChange(next);
      }}
      onBlur={() => {
        const parsed = parseTimeText(text);
        if (parsed) setText(parsed);
        onBlur?.();
      }}
    />
  );
}
