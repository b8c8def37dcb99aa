import { z } from 'zod';
import { AuditAction, AuditEntity } from './audit';
import { Id, optionalInstant, optionalText } from './common';

/** Filters of the audit trail screen (and of its CSV / PDF export). */
export const AuditFilter = z.object({
  entity: AuditEntity.nullable().default(null),
  entityId: Id.nullable().default(null),
  action: AuditAction.nullable().default(null),
  /** A fragment of the responsible person or of the OS user name. */
  person: optionalText(200),
  /** A fragment of any value in the before/after snapshots (a name, a number). */
  search: optionalText(200),
  /** Entries at or after this instant (the renderer sends the start of the chosen local day). */
  from: optionalInstant,
  /** Entries before this instant (the start of the day after the chosen one). */
  to: optionalInstant,
});
export type AuditFilter = z.output<typeof AuditFilter>;

export const AuditQuery = AuditFilter.extend({
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.input<typeof AuditQuery>;
