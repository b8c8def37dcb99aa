import { z } from 'zod';

/**
 * The database at start: ok, or why the app opened in recovery mode. `message` is an i18n key
 * (`recovery.reasons.*`); the technical details are in the error log under `reference`.
 */
export const IntegrityStatus = z.object({
  ok: z.boolean(),
  message: z.string(),
  reference: z.string().optional(),
  foundVersion: z.number().int().optional(),
});

export const AppInfo = z.object({
  version: z.string(),
  dataDir: z.string(),
  databasePath: z.string(),
  schemaVersion: z.number().int(),
  osUser: z.string(),
  integrity: IntegrityStatus,
  organisationCount: z.number().int(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const BackupReason = z.enum(['daily', 'manual', 'premigration', 'prerestore']);
export type BackupReason = z.infer<typeof BackupReason>;

export const Backup = z.object({
  fileName: z.string(),
  createdAt: z.string(),
  reason: BackupReason,
  size: z.number().int(),
});
export type Backup = z.infer<typeof Backup>;

export const BackupRef = z.object({ fileName: z.string().regex(/^[\w.-]+\.sqlite$/) });
export const BackupRestore = BackupRef.extend({
  /** The officer saw the inspection's warnings and confirmed. */
  acceptWarnings: z.boolean().default(false),
});

export { DocumentRequest } from './documents';

export const SavedFile = z.object({ path: z.string() }).nullable();
export type SavedFile = z.infer<typeof SavedFile>;

export const ExportRequest = z.object({
  organisationId: z.number().int().positive(),
  format: z.enum(['csv', 'xlsx']),
  /** Only these recipients (the rows selected in the register); the whole register when absent. */
  ids: z.array(z.number().int().positive()).min(1).max(500).optional(),
});

export const DemoLoadResult = z.object({ organisations: z.number().int(), recipients: z.number().int() });
