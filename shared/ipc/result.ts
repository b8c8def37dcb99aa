export type ErrorCode = 'VALIDATION' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'CANCELLED' | 'INTERNAL';

export interface AppError {
  code: ErrorCode;
  /** An i18n key (`errors.*`) or a plain sentence for INTERNAL errors. */
  message: string;
  /** Field path (dot-joined) -> i18n message keys, for VALIDATION errors. */
  fieldErrors?: Record<string, string[]>;
  /** Values the translated message interpolates, e.g. who changed a record and when. */
  params?: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: AppError): Result<never> => ({ ok: false, error });

/** Thrown by services; the dispatcher turns it into a failed Result. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    readonly params?: Record<string, string>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
