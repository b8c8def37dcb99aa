import { z } from 'zod';
import { BackupRef, SavedFile } from '../../domain/app';
import { AuditEntry } from '../../domain/audit';
import { AuditReport, AuditSeal, SealQuery, StartupAuditCheck } from '../../domain/auditIntegrity';
import { AuditFilter, AuditQuery } from '../../domain/auditQuery';
import { BackupInspection } from '../../domain/backupInspection';
import { Id, Page } from '../../domain/common';
import { NoInput } from './noInput';

/** Evidence: the audit trail screen, its seal and anchor, backup inspection, recovery. */
export const evidenceContract = {
  'audit:list': { input: AuditQuery, output: Page(AuditEntry) },
  'audit:exportCsv': { input: AuditFilter, output: SavedFile },
  /** Verification against a seal typed from paper or chosen as a file; null when the dialog was cancelled. */
  'audit:verifySeal': { input: SealQuery, output: AuditReport.nullable() },
  'audit:seal': { input: NoInput, output: AuditSeal },
  'audit:saveSeal': { input: z.object({ lastId: Id }), output: SavedFile },
  'audit:startupCheck': {
    input: NoInput,
    output: z.object({ check: StartupAuditCheck.nullable(), alarm: StartupAuditCheck.nullable() }),
  },
  'audit:acknowledge': { input: NoInput, output: z.null() },
  'backups:inspect': { input: BackupRef, output: BackupInspection },
  /** Recovery only: the unreadable database is kept aside and a new empty one is started. */
  'recovery:startFresh': { input: NoInput, output: z.null() },
} as const;
