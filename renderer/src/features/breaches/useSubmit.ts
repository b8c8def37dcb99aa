import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Api } from '../../../../shared/ipc/api';
import type { Result } from '../../../../shared/ipc/result';
import { mutate } from '../../data/queryClient';
import { errorText } from '../../i18n/messages';

/**
 * Sends a small dialog form: field errors (i18n keys by path) go next to their fields, the rest is
 * a message for the whole dialog.
 */
export function useSubmit() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const submit = async <T>(invoke: (api: Api) => Promise<Result<T>>): Promise<T | null> => {
    setBusy(true);
    setError(null);
    setFieldErrors({});
    try {
      const result = await mutate(invoke);
      if (result.ok) return result.value;
      const fields: Record<string, string> = {};
      for (const [path, messages] of Object.entries(result.error.fieldErrors ?? {})) {
        const key = path.split('.').slice(-1)[0] ?? path;
        if (messages[0]) fields[key] = messages[0];
      }
      setFieldErrors(fields);
      setError(errorText(t, result.error));
      return null;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, fieldErrors, submit };
}
