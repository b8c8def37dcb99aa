import { z } from 'zod';
import { ColumnMapping } from '../imports/fields';
import { ForcedEncoding } from '../imports/fileTypes';
import { PresetId } from '../imports/presets';
import { Id } from './common';

/** A file chosen in the import wizard: the main process keeps its path; the renderer holds a token. */
export const ImportFileRef = z.object({ token: z.string().uuid() });

const ReadItemSchema = z.union([
  z.object({ line: z.number(), values: z.record(z.string(), z.string()) }),
  z.object({
    line: z.number(),
    error: z.object({
      column: z.string().optional(),
      reason: z.string(),
      expected: z.number().optional(),
      found: z.number().optional(),
    }),
  }),
]);

export const PresetCandidateSchema = z.object({
  presetId: PresetId,
  score: z.number(),
  coverage: z.number(),
  mapping: ColumnMapping,
  missingRequired: z.array(z.string()),
  missingRecommended: z.array(z.string()),
});

export const ImportProfile = z.object({
  id: Id,
  organisationId: Id,
  name: z.string(),
  fingerprint: z.string(),
  preset: PresetId,
  mapping: ColumnMapping,
  encoding: z.string(),
  updatedAt: z.string(),
});
export type ImportProfile = z.infer<typeof ImportProfile>;

export const ChosenFile = z.object({
  token: z.string(),
  fileName: z.string(),
  format: z.enum(['csv', 'txt', 'xlsx']),
  fileSize: z.number(),
  encoding: z.string().nullable(),
  encodingSource: z.string().nullable(),
  delimiter: z.string().nullable(),
  headerLine: z.number(),
  headers: z.array(z.string()),
  duplicateHeaders: z.array(z.object({ column: z.number(), header: z.string(), renamedTo: z.string() })),
  preview: z.array(ReadItemSchema),
  headersOnly: z.boolean(),
  candidates: z.array(PresetCandidateSchema),
  /** A saved profile for files with the same headers, offered first. */
  profile: ImportProfile.nullable(),
});
export type ChosenFile = z.infer<typeof ChosenFile>;

export const ImportSetup = z.object({
  token: z.string().uuid(),
  organisationId: Id,
  preset: PresetId,
  mapping: ColumnMapping,
});

export const ImportStart = ImportSetup.extend({
  /** Save the mapping under this name for files with the same headers (empty: do not save). */
  profileName: z.string().trim().max(100).default(''),
  /** The officer saw that a file with the same SHA-256 was imported before and imports it again. */
  confirmReimport: z.boolean().default(false),
});

/** An earlier import of a file with the same SHA-256 into the same organisation. */
export const EarlierImport = z.object({
  importId: Id,
  fileName: z.string(),
  finishedAt: z.string().nullable(),
});
export type EarlierImport = z.infer<typeof EarlierImport>;

export const AliasField = z.enum(['delivery', 'payment']);
export type AliasField = z.infer<typeof AliasField>;

export const AliasValue = z.object({
  field: AliasField,
  value: z.string(),
  key: z.string(),
  rows: z.number().int(),
  /** undefined: not mapped yet; null: "no transfer"; a number: the recipient. */
  recipientId: z.number().int().nullable().optional(),
});
export type AliasValue = z.infer<typeof AliasValue>;

export const RecipientAlias = z.object({
  organisationId: Id,
  field: AliasField,
  value: z.string(),
  recipientId: z.number().int().positive().nullable(),
});
export type RecipientAlias = z.infer<typeof RecipientAlias>;

export const ImportCountsSchema = z.object({
  rowsRead: z.number(),
  imported: z.number(),
  duplicates: z.number(),
  rejected: z.number(),
  warnings: z.number(),
  subjectsCreated: z.number(),
  transfersCreated: z.number(),
});

export const JobState = z.enum(['running', 'done', 'cancelled', 'failed']);

export const ImportJobStatus = z.object({
  jobId: z.string(),
  kind: z.enum(['scan', 'import']),
  state: JobState,
  bytesRead: z.number(),
  totalBytes: z.number(),
  percent: z.number(),
  rowsPerSecond: z.number(),
  /** Seconds left at the current speed; null until it can be estimated. */
  etaSeconds: z.number().nullable(),
  counts: ImportCountsSchema,
  importId: z.number().nullable(),
  /** For a scan: the distinct delivery and payment values with row counts and their mapping. */
  values: z.array(AliasValue),
  error: z.object({ message: z.string(), reason: z.string().optional() }).nullable(),
  /** For a finished scan: the SHA-256 of the bytes read, and an earlier import of the same file. */
  sha256: z.string().nullable(),
  alreadyImported: EarlierImport.nullable(),
});
export type ImportJobStatus = z.infer<typeof ImportJobStatus>;

export const JobRef = z.object({ jobId: z.string().uuid() });

export const ImportRecord = z.object({
  id: Id,
  organisationId: Id,
  fileName: z.string(),
  fileSha256: z.string(),
  fileSize: z.number(),
  preset: z.string(),
  profileName: z.string().nullable(),
  encoding: z.string(),
  /** `undone`: completed, then undone by the officer (kept in the history). */
  status: z.enum(['running', 'completed', 'failed', 'undone']),
  undoneAt: z.string().nullable(),
  counts: ImportCountsSchema,
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  durationMs: z.number().nullable(),
  actorOs: z.string(),
  actorPerson: z.string(),
});
export type ImportRecord = z.infer<typeof ImportRecord>;

export const ImportRejection = z.object({
  line: z.number(),
  column: z.string(),
  reason: z.string(),
  value: z.string(),
  severity: z.enum(['error', 'warning', 'duplicate']),
});

export const RejectionsQuery = z.object({
  importId: Id,
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

export * from './subjects';
export * from './importUndo';

export { ForcedEncoding };
