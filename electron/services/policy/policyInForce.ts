import type { PolicyClause, PolicyFact, PolicyVersion } from '../../../shared/domain/policy';
import type { RegisterPolicy } from '../../../shared/policy/registerPolicy';
import type { Queryable } from '../../db/connection';
import type { Db } from '../../db/store/types';
import { policyVersionInForce } from '../../db/repositories/policyRepository';
import { registerPolicyOfRow, toVersion } from './policyMapping';

/**
 * What the register is checked against on `date`: the confirmed version in force, or null. Policies
 * are not in the team schema yet (docs/team-mode.md §12, step 8): on PostgreSQL the register is
 * checked without one until they are.
 */
export const registerPolicyInForce = async (
  q: Queryable | Db,
  organisationId: number,
  date: string,
): Promise<RegisterPolicy | null> => {
  if ('engine' in q && q.engine === 'postgres') return null;
  const row = await policyVersionInForce('engine' in q ? q.legacy : q, organisationId, date);
  return row ? registerPolicyOfRow(row) : null;
};

/** The confirmed version in force on `date`, whole (clauses and facts), or null. */
export const policyVersionOn = async (
  q: Queryable,
  organisationId: number,
  date: string,
): Promise<PolicyVersion | null> => {
  const row = await policyVersionInForce(q, organisationId, date);
  return row ? toVersion(row, row.id) : null;
};

/** The accepted fact of a type and the clause it cites. */
export const acceptedFact = <T extends PolicyFact['type']>(
  version: PolicyVersion,
  type: T,
): { fact: Extract<PolicyFact, { type: T }>; clause: PolicyClause | null } | null => {
  const fact = version.facts.find(
    (f): f is Extract<PolicyFact, { type: T }> => f.type === type && f.accepted,
  );
  if (!fact) return null;
  return { fact, clause: version.clauses.find((c) => c.id === fact.clauseId) ?? null };
};

/** The clause promising to inform the person of a loss or disclosure, in the version in force on the day. */
export const informingClause = async (
  q: Queryable,
  organisationId: number,
  instantOrDate: string,
): Promise<{ ref: string; effectiveDate: string } | null> => {
  const version = await policyVersionOn(q, organisationId, instantOrDate.slice(0, 10));
  const found = version ? acceptedFact(version, 'informingPromise') : null;
  return version && found ? { ref: found.fact.ref, effectiveDate: version.effectiveDate } : null;
};
