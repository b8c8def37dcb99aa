import { DomainError, type AppError } from '../../shared/ipc/result';
import { logError } from '../platform/errorLog';

/**
 * Operating-system and SQLite failures a person can act on, each with a reason key the renderer
 * translates (`errors.io.*`). Anything else is an internal error with a reference.
 */
const REASONS: Record<string, string> = {
  SQLITE_BUSY: 'errors.io.busy',
  SQLITE_LOCKED: 'errors.io.busy',
  SQLITE_FULL: 'errors.io.diskFull',
  ENOSPC: 'errors.io.diskFull',
  EDQUOT: 'errors.io.diskFull',
  EISDIR: 'errors.io.isDirectory',
  ENOENT: 'errors.io.notFound',
  ENOTDIR: 'errors.io.notFound',
  EACCES: 'errors.io.accessDenied',
  EPERM: 'errors.io.accessDenied',
  EBUSY: 'errors.io.fileLocked',
  EROFS: 'errors.io.readOnly',
  SQLITE_READONLY: 'errors.io.readOnly',
  SQLITE_CORRUPT: 'errors.io.corrupt',
  SQLITE_NOTADB: 'errors.io.corrupt',
  SQLITE_IOERR: 'errors.io.ioError',
  EIO: 'errors.io.ioError',
  EMFILE: 'errors.io.tooManyFiles',
};

const codeOf = (error: unknown): string | null => {
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : null;
};

/** The reason key of an I/O or SQLite failure, or null when it is not one. */
export const ioReasonOf = (error: unknown): string | null => {
  const code = codeOf(error);
  return code === null ? null : (REASONS[code] ?? null);
};

/**
 * Turns anything thrown below the IPC boundary into an AppError that is safe to show: a service's
 * DomainError as it is, a known I/O or SQLite failure as its reason key, anything else as
 * `errors.internal`. The details of the last two go to the error log under the returned reference.
 */
export const errorResultOf = (where: string, error: unknown): AppError => {
  if (error instanceof DomainError) {
    return {
      code: error.code,
      message: error.message,
      ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
      ...(error.params ? { params: error.params } : {}),
    };
  }
  const reference = logError(where, error);
  return { code: 'INTERNAL', message: ioReasonOf(error) ?? 'errors.internal', reference };
};
