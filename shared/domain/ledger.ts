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
});

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
  status: z.enum(['running', 'completed', 'failed']),
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
  severity: z.enum(['error', 'warning']),
});

export const RejectionsQuery = z.object({
  importId: Id,
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

export const SubjectQuery = z.object({
  organisationId: Id,
  search: z.string().trim().max(200).default(''),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(200).default(50),
});
export type SubjectQuery = z.input<typeof SubjectQuery>;

export const SubjectListItem = z.object({
  id: Id,
  fullName: z.string(),
  phones: z.array(z.string()),
  emails: z.array(z.string()),
  orders: z.number().int(),
  lastOrderAt: z.string().nullable(),
  /** Data blocked for the period of a check (a blocking request is open). */
  blocked: z.boolean(),
});
export type SubjectListItem = z.infer<typeof SubjectListItem>;

export const SubjectPage = z.object({
  items: z.array(SubjectListItem),
  /** Exact up to `totalCap`; `totalCapped` says the real number is larger. */
  total: z.number().int(),
  totalCapped: z.boolean(),
  offset: z.number().int(),
  limit: z.number().int(),
  /** The search needs at least 3 characters (trigram index); shorter input matched names by prefix. */
  searchTooShort: z.boolean(),
});

export const SubjectTransfer = z.object({
  orderExternalId: z.string(),
  orderedAt: z.string().nullable(),
  transferredOn: z.string().nullable(),
  basis: z.enum(['delivery', 'payment']),
});

export const SubjectCard = z.object({
  id: Id,
  organisationId: Id,
  fullName: z.string(),
  address: z.string(),
  phones: z.array(z.string()),
  emails: z.array(z.string()),
  firstOrderAt: z.string().nullable(),
  lastOrderAt: z.string().nullable(),
  orders: z.array(
    z.object({
      externalId: z.string(),
      source: z.string(),
      orderedAt: z.string().nullable(),
      deliveryMethod: z.string(),
      paymentMethod: z.string(),
      consigneeName: z.string(),
      address: z.string(),
    }),
  ),
  ordersTotal: z.number().int(),
  recipients: z.array(
    z.object({
      recipientId: Id,
      legalName: z.string(),
      type: z.string(),
      country: z.string(),
      firstTransferOn: z.string().nullable(),
      lastTransferOn: z.string().nullable(),
      transfers: z.array(SubjectTransfer),
    }),
  ),
});
export type SubjectCard = z.infer<typeof SubjectCard>;

export { ForcedEncoding };
