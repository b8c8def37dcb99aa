import { z } from 'zod';
import { AuditHead, ReferenceCheck } from './auditIntegrity';

/**
 * What a backup holds and whether it may replace the database. A problem refuses the restore; a
 * warning asks the officer to confirm. Each is an i18n key under `backups.check.*`.
 */
export const BackupProblem = z.enum([
  'emptyFile',
  'notSqlite',
  'damaged',
  'notAppDatabase',
  'newerSchema',
  'foreignSchema',
  'missingTables',
  'auditBroken',
  'auditAnchorMismatch',
]);
export type BackupProblem = z.infer<typeof BackupProblem>;

export const BackupWarning = z.enum(['noRecords', 'notAnchored', 'olderSchema', 'recordsChanged']);
export type BackupWarning = z.infer<typeof BackupWarning>;

export const BackupInspection = z.object({
  fileName: z.string(),
  schemaVersion: z.number().int(),
  supportedVersion: z.number().int(),
  counts: z.object({
    organisations: z.number().int(),
    recipients: z.number().int(),
    correspondence: z.number().int(),
    incidents: z.number().int(),
    auditEntries: z.number().int(),
  }),
  missingTables: z.array(z.string()),
  head: AuditHead.nullable(),
  anchor: ReferenceCheck.nullable(),
  problems: z.array(BackupProblem),
  warnings: z.array(BackupWarning),
});
export type BackupInspection = z.infer<typeof BackupInspection>;
