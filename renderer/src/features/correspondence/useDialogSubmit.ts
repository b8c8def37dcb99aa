import { useState } from 'react';
import type { FieldValues, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Api } from '../../../../shared/ipc/api';
import type { Result } from '../../../../shared/ipc/result';
import { mutate } from '../../data/queryClient';
import { applyFieldErrors } from '../../components/formErrors';
import { errorText, fieldMessage } from '../../i18n/messages';

/**
 * Sends a dialog's form: field errors of the main process land on the fields, anything else (a step
 * the workflow refuses, an extension longer than the rule allows) is shown in the dialog itself.
 */
export function useDialogSubmit<V extends FieldValues>(
  fields: readonly string[],
  setError: UseFormSetError<V>,
) {
  const { t } = useTranslation();
  const [error, setFormError] = useState<string | null>(null);
  const submit = async <T>(invoke: (api: Api) => Promise<Result<T>>): Promise<T | null> => {
    setFormError(null);
    const result = await mutate(invoke);
    if (result.ok) return result.value;
    const unmapped = applyFieldErrors(result.error.fieldErrors, fields, setError);
    // Several fields may carry the same message (e.g. each block with a placeholder left): say it once.
    const details = [...new Set(unmapped.map((key) => fieldMessage(t, key, key)))];
    setFormError([errorText(t, result.error), ...details].join('. '));
    return null;
  };
  return { error, submit };
}
