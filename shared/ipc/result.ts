export type ErrorCode = 'VALIDATION' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'CANCELLED' | 'INTERNAL';

export interface AppError {
  code: ErrorCode;
  /** An i18n key (`errors.*`): never raw errno, SQLite or stack text. */
  message: string;
  /** Values interpolated into the translated message (e.g. the running jobs that block a restore). */
  params?: Record<string, string | number>;
  /** Field path (dot-joined) -> i18n message keys, for VALIDATION errors. */
  fieldErrors?: Record<string, string[]>;
  /** A short reference the officer can quote for an unexpected error; the details are in the error log. */
  reference?: string;
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
    readonly params?: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
