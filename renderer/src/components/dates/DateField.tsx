import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { FieldFrame, type FrameProps } from '../Field';
import { DateInput } from './DateInput';
import { DateTimeInput } from './DateTimeInput';

interface ValueProps extends FrameProps {
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** A date and a 24-hour time (YYYY-MM-DDTHH:MM) instead of a date. */
  withTime?: boolean;
}

/** A labelled date (or date and time) field with hint and error, for a value held in state. */
export function DateField({ value, onChange, onBlur, withTime, ...frame }: ValueProps) {
  return (
    <FieldFrame
      {...frame}
      control={(ids) =>
        withTime ? (
          <DateTimeInput
            id={ids.id}
            label={frame.label}
            value={value}
            onChange={onChange}
            onBlur={onBlur}
            invalid={ids.invalid}
            describedBy={ids.describedBy}
            required={frame.required}
          />
        ) : (
          <DateInput
            id={ids.id}
            value={value}
            onChange={onChange}
            onBlur={onBlur}
            invalid={ids.invalid}
            describedBy={ids.describedBy}
            required={frame.required}
          />
        )
      }
    />
  );
}

interface FormProps<T extends FieldValues, TOut extends FieldValues> extends Omit<FrameProps, 'error'> {
  control: Control<T, unknown, TOut>;
  name: FieldPath<T>;
  withTime?: boolean;
  /** Overrides the form's own error message key (e.g. a server-side one). */
  error?: string;
}

/** The same field bound to a react-hook-form field (its value is the schema's date string). */
export function FormDateField<T extends FieldValues, TOut extends FieldValues = T>(
  props: FormProps<T, TOut>,
) {
  const { control, name, error, ...rest } = props;
  const { field, fieldState } = useController<T, FieldPath<T>, TOut>({ control, name });
  const value: unknown = field.value;
  return (
    <DateField
      {...rest}
      error={error ?? fieldState.error?.message}
      value={typeof value === 'string' ? value : ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
    />
  );
}
