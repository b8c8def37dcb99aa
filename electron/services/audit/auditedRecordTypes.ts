import type { AuditEntity } from '../../../shared/domain/audit';
import { localIsoDate } from '../../../shared/format/date';
import type { AppContext } from '../../context';
import type { Queryable } from '../../db/connection';
import type { Engine } from '../../db/store/types';
import { findOrganisation } from '../../db/repositories/organisationRepository';
import { findRecipient } from '../../db/repositories/recipientRepository';
import { findNoticeBatch } from '../../db/repositories/transferNoticeRepository';
import { loadIncident } from '../breaches/mapping';
import { loadItem } from '../correspondence/itemMapping';
import { auditSnapshot, toVersion } from '../policy/policyMapping';
import { findPolicyVersion } from '../../db/repositories/policyRepository';
import { toRecipient } from '../recipientMapping';
import { toBatch } from '../transferNotices/transferNotices';

/**
 * A kind of register record whose rows must match their last audited snapshot. To plug a new audited
 * record in (policies, subject merges…), add an entry to `auditedRecordTypes` below: the table its rows
 * live in, and the loader that builds the snapshot the service passes to appendAudit as `after`.
 */
export interface AuditedRecordType {
  entity: AuditEntity;
  /** The table holding the rows (every row, archived ones included, has an `id`). */
  table: string;
  /** The row as the service snapshots it into the audit trail. */
  snapshot(ctx: AppContext, q: Queryable, id: number): Promise<object | null>;
  /**
   * The engines whose schema has the table; SQLite only when left out. Team mode gains a record type
   * when its repository is converted (docs/team-mode.md).
   */
  engines?: readonly Engine[];
  /**
   * Fields computed on read (from the clock, or from other records), which may differ from the
   * audited value although nobody changed the row.
   */
  derived: readonly string[];
}

export const auditedRecordTypes: readonly AuditedRecordType[] = [
  {
    entity: 'organisation',
    table: 'organisations',
    snapshot: async (_ctx, q, id) => (await findOrganisation(q, id)) ?? null,
    derived: [],
    engines: ['sqlite', 'postgres'],
  },
  {
    entity: 'recipient',
    table: 'recipients',
    snapshot: async (ctx, q, id) => {
      const row = await findRecipient(q, id);
      return row ? toRecipient(row, localIsoDate(ctx.clock.now())) : null;
    },
    // problems depend on today; crossBorder follows the organisation's jurisdiction; policyFindings
    // follow the privacy policy version in force.
    derived: ['problems', 'crossBorder', 'policyFindings'],
    engines: ['sqlite', 'postgres'],
  },
  {
    entity: 'correspondenceItem',
    table: 'correspondence_items',
    snapshot: (_ctx, q, id) => loadItem(q, id),
    // `blocked` follows the subject's blocks in force: another item's block (audited there) changes it.
    derived: ['blocked'],
  },
  {
    entity: 'breachIncident',
    table: 'breach_incidents',
    snapshot: async (ctx, q, id) => {
      const incident = await loadIncident(ctx, q, id);
      return { ...incident, clocks: undefined };
    },
    // recipients carry the register's current names; clocks run with the clock.
    derived: ['clocks', 'recipients', 'organisationName'],
  },
  {
    entity: 'policyVersion',
    table: 'policy_versions',
    snapshot: async (_ctx, q, id) => {
      const row = await findPolicyVersion(q, id);
      return row ? auditSnapshot(toVersion(row, null)) : null;
    },
    derived: [],
  },
  {
    entity: 'transferNoticeBatch',
    table: 'transfer_notice_batches',
    snapshot: async (_ctx, q, id) => {
      const row = await findNoticeBatch(q, id);
      return row ? toBatch(row) : null;
    },
    // the recipient's name is the register's current one; outdated compares with today's ledger.
    derived: ['recipientName', 'outdated'],
  },
];
