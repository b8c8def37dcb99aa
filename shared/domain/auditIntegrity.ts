import { z } from 'zod';
import { AuditEntity } from './audit';

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, { error: 'validation.sealHash' });
const Count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** A point of the audit chain: how many entries up to the entry `lastId`, and that entry's hash. */
export const AuditHead = z.object({
  count: Count,
  lastId: Count,
  hash: Sha256,
  /** Time of the entry `lastId`. */
  at: z.string(),
});
export type AuditHead = z.infer<typeof AuditHead>;

/** The head as last seen by the app, kept outside the database (settings, backup side files). */
export const AuditAnchor = AuditHead.extend({ anchoredAt: z.string() });
export type AuditAnchor = z.infer<typeof AuditAnchor>;

/**
 * The chain compared with a reference point (an anchor or a seal):
 * match — the chain ends exactly at the reference; extended — the reference is intact and entries
 * follow it; truncated — entries up to the reference are missing (tail or whole trail deleted);
 * rewritten — the reference entry differs (edited and re-hashed, or inserted entries); broken — a
 * link of the chain itself does not match; none — there is no reference to compare with.
 */
export const ReferenceState = z.enum(['match', 'extended', 'truncated', 'rewritten', 'broken', 'none']);
export type ReferenceState = z.infer<typeof ReferenceState>;

export const ReferenceCheck = z.object({
  state: ReferenceState,
  reference: AuditHead.nullable(),
  /** Entries found up to the reference's entry (compare with reference.count). */
  foundCount: z.number().int(),
});
export type ReferenceCheck = z.infer<typeof ReferenceCheck>;

/** A register row that differs from its last audited snapshot, or has none. */
export const RecordFinding = z.object({
  entity: AuditEntity,
  entityId: z.number().int(),
  kind: z.enum(['changed', 'unaudited', 'missing']),
  /** Fields whose stored value differs from the last audited one. */
  fields: z.array(z.string()),
});
export type RecordFinding = z.infer<typeof RecordFinding>;

export const AuditReport = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBrokenId: z.number().int().nullable(),
  head: AuditHead.nullable(),
  anchor: ReferenceCheck,
  seal: ReferenceCheck.nullable(),
  records: z.object({ checked: z.number().int(), findings: z.array(RecordFinding) }),
  verifiedAt: z.string(),
});
export type AuditReport = z.infer<typeof AuditReport>;

export const SEAL_FORMAT = 'compliance-desk-audit-seal/1';

/** The signed-off «audit seal»: what the officer prints or files away to check the trail against later. */
export const AuditSeal = AuditHead.extend({
  format: z.literal(SEAL_FORMAT),
  sealedAt: z.string(),
  sealedBy: z.string(),
  osUser: z.string(),
});
export type AuditSeal = z.infer<typeof AuditSeal>;

/** Check against a seal typed from paper (count and hash) or chosen as a file. */
export const SealQuery = z.union([
  z.object({ source: z.literal('file') }),
  z.object({ source: z.literal('typed'), count: Count, hash: z.string().trim().toLowerCase().pipe(Sha256) }),
]);
export type SealQuery = z.input<typeof SealQuery>;

/** The last start-up check, kept until the officer acknowledges a finding. */
export const StartupAuditCheck = z.object({
  checkedAt: z.string(),
  anchor: ReferenceCheck,
  chainOk: z.boolean(),
  firstBrokenId: z.number().int().nullable(),
  checked: z.number().int(),
});
export type StartupAuditCheck = z.infer<typeof StartupAuditCheck>;

/** A finding at start needs the officer's attention: anything but an intact, anchored chain. */
export const needsAttention = (check: StartupAuditCheck): boolean =>
  !check.chainOk || !['match', 'none'].includes(check.anchor.state);
