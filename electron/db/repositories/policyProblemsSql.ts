import type { Queryable } from '../connection';
import { CONSENT_GATED } from '../../../shared/policy/registerPolicy';

/** The organisation's confirmed policy version in force (looked up once per query), joined as `pv`. */
export const POLICY_IN_FORCE_JOIN = 'LEFT JOIN policy_versions pv ON pv.id = :policyVersionId';

/** Id of the confirmed version in force on `today` (every confirmed one when empty), or null. */
export const policyVersionIdInForce = async (
  q: Queryable,
  organisationId: number,
  today: string,
): Promise<number | null> =>
  (
    await q.get<{ id: number }>(
      `SELECT id FROM policy_versions WHERE organisation_id = :organisationId AND status = 'confirmed'
         AND effective_date <= :day ORDER BY effective_date DESC, id DESC LIMIT 1`,
      { organisationId, day: today === '' ? '9999-12-31' : today },
    )
  )?.id ?? null;

const gated = CONSENT_GATED.map((k) => `'${k}'`).join(', ');

/** Mirrors shared/policy/registerCheck.ts `policyFindings` (a parity test keeps them equal). */
export const POLICY_PROBLEMS_SQL = `(pv.id IS NOT NULL AND (
  (json_array_length(pv.register_kinds) > 0
    AND NOT EXISTS (SELECT 1 FROM json_each(pv.register_kinds) k WHERE k.value = r.type))
  OR (r.type = 'state' AND pv.register_state_country IS NOT NULL AND r.country <> pv.register_state_country)
  OR (r.type = 'analytics' AND r.legal_basis <> 'consent'
    AND EXISTS (SELECT 1 FROM json_each(pv.register_consent) c WHERE c.value IN (${gated})))
  OR (json_array_length(pv.register_data) > 0 AND EXISTS (
    SELECT 1 FROM json_each(r.data_categories) d
    WHERE d.value NOT IN (SELECT value FROM json_each(pv.register_data))))
  OR (json_array_length(pv.register_purposes) > 0 AND EXISTS (
    SELECT 1 FROM json_each(COALESCE(r.purpose_kinds, '[]')) u
    WHERE u.value NOT IN (SELECT value FROM json_each(pv.register_purposes))))
))`;
