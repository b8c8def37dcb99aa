import type { AliasValue } from '../domain/ledger';
import type { ColumnMapping, DefaultCountry } from './fields';
import type { FileSniff, ForcedEncoding } from './fileTypes';
import type { PresetId } from './presets';

/** Everything the import worker needs; plain data, so it crosses to the worker thread as is. */
export interface ImportJob {
  databaseFile: string;
  importId: number;
  organisationId: number;
  /** Orders are keyed by (organisation, source, external order number). */
  source: string;
  path: string;
  sniff: FileSniff;
  preset: PresetId;
  mapping: ColumnMapping;
  defaultCountry: DefaultCountry;
  actor: { os: string; person: string };
  /** Rows (or persons) in the first transaction of each build step; later ones are sized by time (TransactionSizer). */
  batchSize: number;
  /** The scan's stage (a scratch SQLite file): the scan writes it, the import builds the ledger from it. */
  stageFile: string;
  /** Tests: a lower bound on the scan's identity tables in memory, and rows per batch once on disk. */
  identityLimits?: { memoryBytes?: number; batchRows?: number };
}

/** What a scan found out about the bytes it read: the import is tied to exactly these. */
export interface ScannedFile {
  sha256: string;
  stamp: { size: number; mtimeMs: number; ino: number };
}

export interface ImportCounts {
  rowsRead: number;
  imported: number;
  duplicates: number;
  rejected: number;
  warnings: number;
  subjectsCreated: number;
  transfersCreated: number;
}

export const emptyCounts = (): ImportCounts => ({
  rowsRead: 0,
  imported: 0,
  duplicates: 0,
  rejected: 0,
  warnings: 0,
  subjectsCreated: 0,
  transfersCreated: 0,
});

export interface ImportProgress {
  bytesRead: number;
  totalBytes: number;
  counts: ImportCounts;
  elapsedMs: number;
}

/** What a worker is asked to do: list the alias values of a file, or import it. */
export type WorkerTask = { kind: 'scan'; job: ImportJob } | { kind: 'import'; job: ImportJob };

/** Sniffing a chosen file (format, encoding, header row, preview): a worker does it, under a time limit. */
export interface SniffTask {
  kind: 'sniff';
  path: string;
  encoding?: ForcedEncoding;
}

/** Messages from the import worker to the main process. */
export type ImportWorkerMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; progress: ImportProgress; values?: AliasValue[]; scanned?: ScannedFile }
  | { type: 'cancelled' }
  | { type: 'failed'; message: string; reason?: string }
  | { type: 'sniffed'; sniff: FileSniff };
