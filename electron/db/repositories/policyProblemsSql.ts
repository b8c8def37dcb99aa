import { CONSENT_GATED } from '../../../shared/policy/registerPolicy';

/**
 * The confirmed policy version in force on :today for the recipient's organisation (the latest
 * effective date on or before it; every confirmed version when :today is empty), joined as `pv`.
 */
export const POLICY_IN_FORCE_JOIN = `LEFT JOIN policy_versions pv ON pv.id = (
  SELECT p.id FROM policy_versions p
  WHERE p.organisation_id = r.organisation_id AND p.status = 'confirmed'
    AND p.effective_date <= CASE WHEN :today = '' THEN '9999-12-31' ELSE :today END
  ORDER BY p.effective_date DESC, p.id DESC LIMIT 1)`;

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
