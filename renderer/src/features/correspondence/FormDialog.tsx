import { useId, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { submitOnCtrlEnter } from '../../components/formErrors';

interface FormDialogProps {
  title: string;
  submitLabel: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onClose: () => void;
  busy: boolean;
  /** A message for the whole form (e.g. the main process refused the step). */
  error: string | null;
  children: ReactNode;
  danger?: boolean;
  size?: 'small' | 'medium' | 'large';
}

/** A dialog holding a small form; the footer's submit button belongs to it. */
export function FormDialog(props: FormDialogProps) {
  const { title, submitLabel, onSubmit, onClose, busy, error, children, danger, size = 'medium' } = props;
  const { t } = useTranslation();
  const formId = useId();
  return (
    <Dialog
      title={title}
      onClose={onClose}
      size={size}
      locked={busy}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            form={formId}
            className={danger ? 'btn btn-danger' : 'btn btn-primary'}
            disabled={busy}
          >
            {submitLabel}
          </button>
        </>
      }
    >
      <form id={formId} className="dialog-form" noValidate onSubmit={onSubmit} onKeyDown={submitOnCtrlEnter}>
        {children}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </Dialog>
  );
}
