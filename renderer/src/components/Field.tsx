import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '../i18n/messages';

export interface FrameProps {
  label: string;
  /** An i18n message key (from the schema or the main process). */
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  /** Grid span: full row. */
  wide?: boolean;
  /** Grid span: two columns. */
  span2?: boolean;
}

export interface FrameIds {
  id: string;
  describedBy: string | undefined;
  invalid: true | undefined;
}

/** Label above the control, hint and error below; the error is announced and linked to the control. */
export interface FieldFrameProps extends FrameProps {
  control: (ids: FrameIds) => ReactNode;
  /** Message for errors that carry no i18n key (e.g. an unselected enum). */
  fallback?: string;
}

export function FieldFrame({
  label,
  error,
  hint,
  required,
  wide,
  span2,
  control,
  fallback,
}: FieldFrameProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={wide ? 'field field-wide' : span2 ? 'field field-span-2' : 'field'}>
      <label htmlFor={id} className="field-label">
        {label}
        {required && (
          <span className="field-required" aria-hidden="true">
            {' *'}
          </span>
        )}
      </label>
      {control({ id, describedBy, invalid: error ? true : undefined })}
      {hint && !error && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {fieldMessage(t, error, fallback)}
        </p>
      )}
    </div>
  );
}

type InputProps = InputHTMLAttributes<HTMLInputElement> & FrameProps & { ref?: Ref<HTMLInputElement> };

export function TextField({ label, error, hint, required, wide, span2, ...input }: InputProps) {
  return (
    <FieldFrame
      {...{ label, error, hint, required, wide, span2 }}
      control={(ids) => (
        <input
          type="text"
          {...input}
          id={ids.id}
          aria-invalid={ids.invalid}
          aria-describedby={ids.describedBy}
          aria-required={required || undefined}
        />
      )}
    />
  );
}

type TextAreaProps = TextareaHTMLAttributes<HTMLTextAreaElement> &
  FrameProps & { ref?: Ref<HTMLTextAreaElement> };

export function TextAreaField({ label, error, hint, required, wide = true, span2, ...area }: TextAreaProps) {
  return (
    <FieldFrame
      {...{ label, error, hint, required, wide, span2 }}
      control={(ids) => (
        <textarea
          rows={3}
          {...area}
          id={ids.id}
          aria-invalid={ids.invalid}
          aria-describedby={ids.describedBy}
          aria-required={required || undefined}
        />
      )}
    />
  );
}

type SelectProps = SelectHTMLAttributes<HTMLSelectElement> &
  FrameProps & {
    ref?: Ref<HTMLSelectElement>;
    options: readonly { value: string; label: string }[];
    placeholder?: string;
  };

export function SelectField(props: SelectProps) {
  const { label, error, hint, required, wide, span2, options, placeholder, ...select } = props;
  return (
    <FieldFrame
      {...{ label, error, hint, required, wide, span2 }}
      fallback="validation.choose"
      control={(ids) => (
        <select
          {...select}
          id={ids.id}
          aria-invalid={ids.invalid}
          aria-describedby={ids.describedBy}
          aria-required={required || undefined}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}

type CheckboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & {
  label: ReactNode;
  ref?: Ref<HTMLInputElement>;
};

/** A checkbox inside its label, so clicking the text toggles it and getByLabel finds it. */
export function Checkbox({ label, className, ...input }: CheckboxProps) {
  return (
    <label className={className ? `check ${className}` : 'check'}>
      <input type="checkbox" {...input} />
      <span>{label}</span>
    </label>
  );
}
