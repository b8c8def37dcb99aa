import type { TFunction } from 'i18next';
import type { AppError, ErrorCode } from '../../../shared/ipc/result';
import { i18next } from './index';

/** Translates a key that arrives at run time (from a schema or the main process). */
export const translateKey = (t: TFunction, key: string): string =>
  (t as unknown as (k: string) => string)(key);

/** A validation message key of a field; unknown texts (library defaults) become a generic message. */
export const fieldMessage = (t: TFunction, key: string, fallback = 'validation.invalid'): string =>
  translateKey(t, i18next.exists(key) ? key : fallback);

const codeKeys: Record<ErrorCode, string> = {
  VALIDATION: 'errors.validation',
  NOT_FOUND: 'errors.notFound',
  CONFLICT: 'errors.conflict',
  FORBIDDEN: 'errors.forbidden',
  CANCELLED: 'errors.cancelled',
  INTERNAL: 'errors.internal',
};

/**
 * The sentence shown for a failed call: the translated key with its parameters, or the general
 * sentence of its code — never raw text from the main process. An unexpected error adds the reference
 * the officer can quote (the details are in the error log of the data folder).
 */
export const errorText = (t: TFunction, error: AppError): string => {
  const translate = t as unknown as (k: string, o?: Record<string, unknown>) => string;
  const key = i18next.exists(error.message) ? error.message : codeKeys[error.code];
  // A parameter that is a list of i18n keys (e.g. the kinds of running jobs) is translated too.
  const params = Object.fromEntries(
    Object.entries(error.params ?? {}).map(([name, value]) => {
      const keys = String(value).split(',');
      return [name, keys.every((k) => i18next.exists(k)) ? keys.map((k) => translate(k)).join(', ') : value];
    }),
  );
  const text = translate(key, params);
  return error.reference ? `${text} ${translate('errors.reference', { reference: error.reference })}` : text;
};
