import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Crockford base32 without I, L, O, U: easy to read out over the phone. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const MAX_LOG_BYTES = 1_000_000;

let logFile: string | null = null;

/** Errors go to `<dataDir>/logs/errors.log` (one JSON line each; the previous 1 MB kept as errors.1.log). */
export const configureErrorLog = (logsDir: string): void => {
  try {
    mkdirSync(logsDir, { recursive: true });
    logFile = join(logsDir, 'errors.log');
  } catch {
    logFile = null;
  }
};

/** A short reference such as «E-7K3F9Q» that the officer can quote; the log line carries it. */
export const newErrorReference = (): string =>
  `E-${Array.from(randomBytes(6), (b) => ALPHABET[b % 32]).join('')}`;

const describe = (error: unknown): Record<string, unknown> => {
  if (!(error instanceof Error)) return { value: String(error) };
  const e = error as Error & { code?: unknown; errno?: unknown };
  return { name: e.name, code: e.code, errno: e.errno, message: e.message, stack: e.stack };
};

/** Writes the details of an unexpected error and returns its reference. Never throws (a full disk included). */
export const logError = (where: string, error: unknown): string => {
  const reference = newErrorReference();
  const line = JSON.stringify({ at: new Date().toISOString(), reference, where, ...describe(error) });
  const brief = error instanceof Error ? `${error.name} ${(error as { code?: unknown }).code ?? ''}` : '';
  console.error(`[${reference}] ${where}: ${brief.trim()} (details in the error log)`);
  if (logFile === null) return reference;
  try {
    if ((statSync(logFile, { throwIfNoEntry: false })?.size ?? 0) > MAX_LOG_BYTES)
      renameSync(logFile, logFile.replace(/\.log$/, '.1.log'));
    appendFileSync(logFile, `${line}\n`, { mode: 0o600 });
  } catch {
    // The log is best effort: the person still gets a translated message with the reference.
  }
  return reference;
};
