import * as Popover from '@radix-ui/react-popover';
import { CalendarDays } from 'lucide-react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { DayPicker } from 'react-day-picker';
import { enUS, ru } from 'react-day-picker/locale';
import { useTranslation } from 'react-i18next';
import {
  calendarToIsoDate,
  isoDateToCalendar,
  isoDateToText,
  parseDateText,
} from '../../../../shared/format/dateText';

export interface DateInputProps {
  id?: string;
  name?: string;
  /** YYYY-MM-DD, '' or (while the text is not a date yet) the typed text, which the schema refuses. */
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  invalid?: boolean;
  describedBy?: string;
  required?: boolean;
  disabled?: boolean;
  /** Accessible name when the input has no <label> of its own. */
  ariaLabel?: string;
}

/** What a typed text stands for: the ISO date, '' when empty, else the text itself. */
const valueOfText = (text: string): string => parseDateText(text) ?? text.trim();

/**
 * A date typed as DD.MM.YYYY or picked from a calendar (Alt+↓ or the button). Never the native
 * date input, whose format follows the operating system's language.
 */
export function DateInput(props: DateInputProps) {
  const { id, name, value, onChange, onBlur, invalid, describedBy, required, disabled, ariaLabel } = props;
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(() => isoDateToText(value));
  const [open, setOpen] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const emitted = useRef(value);

  // A value set from outside (form reset, a default) replaces the text; our own echo does not.
  useEffect(() => {
    if (value !== emitted.current) {
      emitted.current = value;
      setText(isoDateToText(value));
    }
  }, [value]);

  const emit = (next: string) => {
    emitted.current = next;
    onChange(next);
  };

  const typed = (next: string) => {
    setText(next);
    emit(valueOfText(next));
  };

  const picked = (date: Date | undefined) => {
    if (!date) return;
    const iso = calendarToIsoDate(date);
    setText(isoDateToText(iso));
    emit(iso);
    setOpen(false);
    inputRef.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.altKey && e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
    }
  };

  const selected = isoDateToCalendar(value);
  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Anchor asChild>
        <div className="date-input" data-invalid={invalid || undefined}>
          <input
            ref={inputRef}
            id={id}
            name={name}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            placeholder={t('desktop.date.placeholder')}
            value={text}
            disabled={disabled}
            aria-label={ariaLabel}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            aria-required={required || undefined}
            onChange={(e) => typed(e.target.value)}
            onKeyDown={onKeyDown}
            onBlur={() => {
              const iso = parseDateText(text);
              if (iso) setText(isoDateToText(iso));
              onBlur?.();
            }}
          />
          <Popover.Trigger asChild>
            <button
              type="button"
              className="date-input-button"
              disabled={disabled}
              aria-label={t('desktop.date.openCalendar')}
            >
              <CalendarDays size={16} aria-hidden="true" />
            </button>
          </Popover.Trigger>
        </div>
      </Popover.Anchor>
      <Popover.Portal>
        <Popover.Content
          className="floating calendar-popover"
          align="start"
          sideOffset={4}
          aria-label={t('desktop.date.calendar')}
          onCloseAutoFocus={(e) => {
            e.preventDefault();
            inputRef.current?.focus();
          }}
        >
          <DayPicker
            mode="single"
            autoFocus
            selected={selected}
            defaultMonth={selected}
            onSelect={picked}
            locale={i18n.language.startsWith('en') ? enUS : ru}
            weekStartsOn={1}
            captionLayout="dropdown"
            startMonth={new Date(1990, 0)}
            endMonth={new Date(new Date().getFullYear() + 10, 11)}
          />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
