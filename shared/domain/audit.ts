import { z } from 'zod';

export const AuditEntity = z.enum([
  'organisation',
  'recipient',
  'settings',
  'backup',
  'import',
  'recipientAlias',
  'correspondenceItem',
  'correspondenceAnswer',
  'subjectBlock',
  'workingCalendar',
  'correspondenceSettings',
  'breachIncident',
  'breachNotification',
  'policyVersion',
  'transferNoticeBatch',
  /** The trail itself: seals issued, integrity findings at start. */
  'auditTrail',
  'subject',
  'possibleMatch',
]);
export type AuditEntity = z.infer<typeof AuditEntity>;

export const AuditAction = z.enum([
  'create',
  'update',
  'archive',
  'restore',
  'attach',
  'restoreBackup',
  'seal',
  'integrityFinding',
  'acknowledge',
  'undo',
  'merge',
  'split',
  'dismiss',
]);
export type AuditAction = z.infer<typeof AuditAction>;

export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  entity: AuditEntity,
  entityId: z.number().int(),
  action: AuditAction,
  actorOs: z.string(),
  actorPerson: z.string(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  /** Fields whose values differ between before and after. */
  changed: z.array(z.string()),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditHistoryQuery = z.object({ entity: AuditEntity, entityId: z.number().int().positive() });

export const AuditVerification = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  /** Id of the first entry whose link or content does not match. */
  firstBrokenId: z.number().int().nullable(),
});
export type AuditVerification = z.infer<typeof AuditVerification>;

/** Keys that differ (shallow, by JSON value) between two snapshots. */
export const changedKeys = (
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): string[] => {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys]
    .filter((k) => JSON.stringify(before?.[k] ?? null) !== JSON.stringify(after?.[k] ?? null))
    .sort();
};
