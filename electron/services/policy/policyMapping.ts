import { createHash } from 'node:crypto';
import {
  ParseWarning,
  PolicyClause,
  PolicyFact,
  UnrecognisedItem,
  type PolicySourceKind,
  type PolicyStatus,
  type PolicyVersion,
  type PolicyVersionSummary,
} from '../../../shared/domain/policy';
import { RegisterPolicy } from '../../../shared/policy/registerPolicy';
import { z } from 'zod';
import { DomainError } from '../../../shared/ipc/result';
import type { Queryable } from '../../db/connection';
import { findPolicyVersion, type PolicyVersionRow } from '../../db/repositories/policyRepository';

const parsed = <T>(schema: z.ZodType<T>, json: string): T => schema.parse(JSON.parse(json));

export const toSummary = (r: PolicyVersionRow, inForceId: number | null): PolicyVersionSummary => ({
  id: r.id,
  organisationId: r.organisation_id,
  seq: r.seq,
  effectiveDate: r.effective_date,
  title: r.title,
  status: r.status as PolicyStatus,
  sourceKind: r.source_kind as PolicySourceKind,
  fileName: r.file_name,
  sourceSha256: r.source_sha256,
  sourceSize: r.source_size,
  loadedAt: r.loaded_at,
  loadedByOs: r.loaded_by_os,
  loadedByPerson: r.loaded_by_person,
  confirmedAt: r.confirmed_at,
  confirmedByOs: r.confirmed_by_os,
  confirmedByPerson: r.confirmed_by_person,
  clauseCount: r.clause_count,
  inForce: r.id === inForceId,
});

export const toVersion = (r: PolicyVersionRow, inForceId: number | null): PolicyVersion => ({
  ...toSummary(r, inForceId),
  text: r.text,
  clauses: parsed(z.array(PolicyClause), r.clauses),
  warnings: parsed(z.array(ParseWarning), r.warnings),
  facts: parsed(z.array(PolicyFact), r.facts),
  unrecognised: parsed(z.array(UnrecognisedItem), r.unrecognised),
});

export const registerPolicyOfRow = (r: PolicyVersionRow): RegisterPolicy | null =>
  r.register_policy ? parsed(RegisterPolicy, r.register_policy) : null;

export const mustFindVersionRow = async (q: Queryable, id: number): Promise<PolicyVersionRow> => {
  const row = await findPolicyVersion(q, id);
  if (!row) throw new DomainError('NOT_FOUND', 'errors.notFound');
  return row;
};

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** An extracted fact by its id (type, value, clause); an officer's fact says so and what it corrects. */
const factTrail = (f: PolicyFact): string =>
  f.origin === 'officer'
    ? `${f.type}:${f.value}:${f.clauseId} (вручную${f.corrects ? `, вместо ${f.corrects}` : ''})`
    : f.id;

/**
 * What the audit trail keeps of a version: its provenance, the text's hash (the text itself is in the
 * row and never changes), the clause boundaries and the officer's decisions on facts.
 */
export const auditSnapshot = (v: PolicyVersion) => ({
  seq: v.seq,
  effectiveDate: v.effectiveDate,
  title: v.title,
  status: v.status,
  sourceKind: v.sourceKind,
  fileName: v.fileName,
  sourceSha256: v.sourceSha256,
  sourceSize: v.sourceSize,
  textSha256: sha256(v.text),
  loadedByPerson: v.loadedByPerson,
  clauses: v.clauses.map((c) => `${c.id}@${c.start}-${c.end}`),
  facts: v.facts.map((f) => `${factTrail(f)}${f.accepted ? '' : ' (отклонён)'}`),
  confirmedAt: v.confirmedAt,
});
