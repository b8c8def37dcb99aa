/**
 * Conversion step 1 (the audit trail): what the audit screen needs from a chain the user may only
 * partly read. Row-level security hides the entries of organisations not granted, so the chain's
 * head, a reference point (an anchor or a printed seal) and the n-th entry are answered by the
 * server — ids, counts, hashes and times only, never an entry's content. The whole chain is verified
 * by cd_audit_verify (0001). An index serves the per-organisation policy.
 */
export const postgres0003 = String.raw`
CREATE INDEX audit_by_organisation ON audit_log (organisation_id, id);

-- The last entry and the number of entries (no row for an empty trail).
CREATE FUNCTION cd_audit_chain_head() RETURNS TABLE (count bigint, last_id bigint, hash text, at text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $f$
  SELECT (SELECT count(*) FROM audit_log), a.id, a.hash, a.at FROM audit_log a ORDER BY a.id DESC LIMIT 1 $f$;

-- A reference point: how many entries there are up to id, and the hash and time of entry id (NULL when gone).
CREATE FUNCTION cd_audit_chain_point(p_id bigint) RETURNS TABLE (count bigint, hash text, at text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $f$
  SELECT (SELECT count(*) FROM audit_log WHERE id <= p_id), (SELECT hash FROM audit_log WHERE id = p_id),
    (SELECT at FROM audit_log WHERE id = p_id) $f$;

-- The id and time of the n-th entry (a seal typed from paper names only the count).
CREATE FUNCTION cd_audit_chain_entry(p_position bigint) RETURNS TABLE (id bigint, at text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $f$
  SELECT a.id, a.at FROM audit_log a ORDER BY a.id OFFSET greatest(p_position - 1, 0) LIMIT 1 $f$;

GRANT EXECUTE ON FUNCTION cd_audit_chain_head(), cd_audit_chain_point(bigint), cd_audit_chain_entry(bigint)
  TO cd_officer, cd_lawyer, cd_auditor;
`;
