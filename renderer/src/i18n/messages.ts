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

/** The sentence shown for a failed call: the translated key, or the plain sentence of an internal error. */
export const errorText = (t: TFunction, error: AppError): string => {
  if (i18next.exists(error.message)) return translateKey(t, error.message);
  const general = translateKey(t, codeKeys[error.code]);
  const looksLikeKey = /^[\w]+(\.[\w]+)+$/.test(error.message);
  return error.message && !looksLikeKey ? `${general}: ${error.message}` : general;
};
