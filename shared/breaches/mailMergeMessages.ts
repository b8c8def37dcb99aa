import type { DocumentFonts } from '../documents/types';
import type { LetterCommon } from '../documents/breachLetters';

/** Whose letters: the saved scope of a breach incident, or the persons of a KG transfer-notice batch. */
export type MailMergeSource =
  { kind: 'breach'; incidentId: number } | { kind: 'transferNotice'; batchId: number };

/** The mail-merge worker's task: everything but the subjects, which it reads from the database. */
export interface MailMergeTask {
  databaseFile: string;
  source: MailMergeSource;
  total: number;
  common: LetterCommon;
  fonts: DocumentFonts;
  /** Where the joined PDF is written. */
  outputFile: string;
  chunk: number;
}

/** Main -> worker. */
export type MailMergeCommand =
  | { type: 'task'; task: MailMergeTask }
  | { type: 'pdf'; seq: number; bytes: Uint8Array }
  | { type: 'printFailed'; seq: number; message: string }
  | { type: 'cancel' };

/** Worker -> main: it asks the main process (which owns Chromium) to print each chunk. */
export type MailMergeEvent =
  | { type: 'print'; seq: number; html: string }
  | { type: 'progress'; letters: number }
  | { type: 'done'; letters: number; bytes: number }
  | { type: 'failed'; message: string };
