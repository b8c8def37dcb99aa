import type { RecordFinding } from '../../../shared/domain/auditIntegrity';
import type { AppContext } from '../../context';
import type { Queryable } from '../../db/connection';
import { canonicalJson } from '../auditTrail';
import { auditedRecordTypes, type AuditedRecordType } from './auditedRecordTypes';

const MAX_FINDINGS = 500;

/** The last audited `after` snapshot of every row of one record type. */
const lastSnapshots = async (q: Queryable, type: AuditedRecordType): Promise<Map<number, string | null>> => {
  const rows = await q.all<{ entity_id: number; after_json: string | null }>(
    `SELECT entity_id, after_json FROM audit_log
     WHERE id IN (SELECT max(id) FROM audit_log WHERE entity = :entity GROUP BY entity_id)`,
    { entity: type.entity },
  );
  return new Map(rows.map((r) => [r.entity_id, r.after_json]));
};

/** Fields (not derived) whose canonical values differ between the audited and the current snapshot. */
const differingFields = (
  audited: Record<string, unknown>,
  current: Record<string, unknown>,
  derived: readonly string[],
) => {
  const keys = new Set([...Object.keys(audited), ...Object.keys(current)]);
  return [...keys]
    .filter((k) => !derived.includes(k))
    .filter((k) => canonicalJson(audited[k] ?? null) !== canonicalJson(current[k] ?? null))
    .sort();
};

/**
 * Cross-checks every row of every audited record type against its last audited snapshot: a row
 * edited behind the app (a SQLite tool), a row with no audit entry, an audited row that is gone.
 */
export const checkRecords = async (
  ctx: AppContext,
  q: Queryable,
): Promise<{ checked: number; findings: RecordFinding[] }> => {
  const findings: RecordFinding[] = [];
  let checked = 0;
  for (const type of auditedRecordTypes) {
    const audited = await lastSnapshots(q, type);
    const ids = (await q.all<{ id: number }>(`SELECT id FROM ${type.table} ORDER BY id`)).map((r) => r.id);
    for (const id of ids) {
      checked += 1;
      if (findings.length >= MAX_FINDINGS) continue;
      const afterJson = audited.get(id);
      audited.delete(id);
      if (afterJson === undefined || afterJson === null) {
        findings.push({ entity: type.entity, entityId: id, kind: 'unaudited', fields: [] });
        continue;
      }
      const current = await type.snapshot(ctx, q, id);
      // Through JSON, so the current snapshot has exactly the shape of a stored one.
      const now = JSON.parse(canonicalJson(current ?? {})) as Record<string, unknown>;
      const fields = differingFields(JSON.parse(afterJson) as Record<string, unknown>, now, type.derived);
      if (fields.length > 0) findings.push({ entity: type.entity, entityId: id, kind: 'changed', fields });
    }
    for (const id of audited.keys())
      if (findings.length < MAX_FINDINGS)
        findings.push({ entity: type.entity, entityId: id, kind: 'missing', fields: [] });
  }
  return { checked, findings };
};
