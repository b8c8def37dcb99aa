import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { splitDateTime } from '../../../../shared/format/dateText';
import { DateInput } from './DateInput';
import { TimeInput } from './TimeInput';

interface DateTimeInputProps {
  id?: string;
  /** YYYY-MM-DDTHH:MM, '' or an incomplete text the schema refuses. */
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  invalid?: boolean;
  describedBy?: string;
  required?: boolean;
  label: string;
}

const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);
const isTime = (v: string) => /^\d{2}:\d{2}$/.test(v);

/** A date (DD.MM.YYYY, with a calendar) and a 24-hour time side by side, one value for the form. */
export function DateTimeInput({
  id,
  value,
  onChange,
  onBlur,
  invalid,
  describedBy,
  required,
  label,
}: DateTimeInputProps) {
  const { t } = useTranslation();
  const [parts, setParts] = useState(() => splitDateTime(value));
  const emitted = useRef(value);

  useEffect(() => {
    if (value !== emitted.current) {
      emitted.current = value;
      setParts(splitDateTime(value));
    }
  }, [value]);

  const update = (next: { date: string; time: string }) => {
    setParts(next);
    const combined =
      isDate(next.date) && isTime(next.time)
        ? `${next.date}T${next.time}`
        : `${next.date} ${next.time}`.trim();
    emitted.current = combined;
    onChange(combined);
  };

  return (
    <div className="date-time-input">
      <DateInput
        id={id}
        value={parts.date}
        onChange={(date) => update({ ...parts, date })}
        onBlur={onBlur}
        invalid={invalid}
        describedBy={describedBy}
        required={required}
      />
      <TimeInput
        value={parts.time}
        onChange={(time) => update({ ...parts, time })}
        onBlur={onBlur}
        invalid={invalid}
        describedBy={describedBy}
        ariaLabel={t('desktop.date.timeOf', { field: label })}
      />
    </div>
  );
}
