import type { ImportReason } from '../../shared/imports/reasons';

/** A problem that stops reading a file; `line` is where it was found, when known. */
export class ImportFileError extends Error {
  constructor(
    readonly reason: ImportReason,
    readonly line?: number,
    options?: { cause?: unknown },
  ) {
    super(line === undefined ? reason : `${reason} (line ${line})`, options);
    this.name = 'ImportFileError';
  }
}
