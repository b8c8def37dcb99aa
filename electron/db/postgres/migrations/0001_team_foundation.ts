/**
 * The team database's own machinery, independent of any register table: roles, who may see which
 * organisation, server time, the audit chain's seal, numbering, "no change without an audit entry",
 * change notifications, and `cd_protect`, which puts one register table under all of it. The
 * administrator runs it (it creates roles); the app's users never can. See docs/team-mode.md.
 */
export const postgres0001 = String.raw`
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cd_officer') THEN CREATE ROLE cd_officer NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cd_lawyer') THEN CREATE ROLE cd_lawyer NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cd_auditor') THEN CREATE ROLE cd_auditor NOLOGIN; END IF;
  EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
  EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO cd_officer, cd_lawyer, cd_auditor', current_database());
END $$;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO cd_officer, cd_lawyer, cd_auditor;
-- Functions are callable only where granted below.
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- People: a PostgreSQL login per person; the display name is what the audit trail shows.
CREATE TABLE cd_users (
  login name PRIMARY KEY,
  display_name text NOT NULL
);
-- Which organisations a person works on, and as what.
CREATE TABLE cd_grants (
  login name NOT NULL REFERENCES cd_users (login),
  organisation_id bigint NOT NULL,
  role text NOT NULL CHECK (role IN ('officer', 'lawyer', 'auditor')),
  PRIMARY KEY (login, organisation_id)
);
CREATE INDEX cd_grants_by_organisation ON cd_grants (organisation_id);
ALTER TABLE cd_users ENABLE ROW LEVEL SECURITY;
ALTER TABLE cd_grants ENABLE ROW LEVEL SECURITY;
-- Everyone sees the names (the audit trail and "changed by" show them); a person sees only their own grants.
CREATE POLICY cd_read ON cd_users FOR SELECT USING (true);
CREATE POLICY cd_read ON cd_grants FOR SELECT USING (login = session_user);
GRANT SELECT ON cd_users, cd_grants TO cd_officer, cd_lawyer, cd_auditor;

-- Instants as the app writes them (JavaScript's toISOString), so both engines store the same text.
CREATE FUNCTION cd_iso(t timestamptz) RETURNS text LANGUAGE sql STABLE
  AS $f$ SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') $f$;
GRANT EXECUTE ON FUNCTION cd_iso(timestamptz) TO cd_officer, cd_lawyer, cd_auditor;

-- The audit chain. The head row is locked by every sealing transaction, so entries are sealed one at
-- a time in commit order with gapless ids; nobody but the seal function can touch it.
CREATE TABLE cd_audit_head (
  only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  last_id bigint NOT NULL,
  hash text NOT NULL
);
INSERT INTO cd_audit_head VALUES (true, 0, repeat('0', 64));

-- SHA-256(previous hash + canonical JSON of the content): byte for byte what the app's entryHash
-- (electron/services/auditTrail.ts) computes, keys sorted, so one verifier checks both engines.
CREATE FUNCTION cd_audit_hash(prev text, at text, entity text, entity_id bigint, action text, actor_os text,
  actor_person text, before_json text, after_json text) RETURNS text LANGUAGE sql IMMUTABLE
  AS $f$ SELECT encode(sha256(convert_to(prev
    || '{"action":' || to_json(action)::text
    || ',"actorOs":' || to_json(actor_os)::text
    || ',"actorPerson":' || to_json(actor_person)::text
    || ',"afterJson":' || coalesce(to_json(after_json)::text, 'null')
    || ',"at":' || to_json(at)::text
    || ',"beforeJson":' || coalesce(to_json(before_json)::text, 'null')
    || ',"entity":' || to_json(entity)::text
    || ',"entityId":' || entity_id::text || '}', 'UTF8')), 'hex') $f$;

-- BEFORE INSERT on the audit table: whatever the client sent for these columns is replaced.
CREATE FUNCTION cd_audit_seal() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, public AS $f$
DECLARE
  head record;
BEGIN
  UPDATE cd_audit_head SET last_id = last_id + 1 WHERE only_row RETURNING last_id, hash INTO head;
  NEW.id := head.last_id;
  NEW.at := cd_iso(clock_timestamp());
  NEW.actor_os := session_user;
  NEW.actor_person := coalesce((SELECT display_name FROM cd_users WHERE login = session_user), session_user);
  NEW.prev_hash := head.hash;
  NEW.xact := pg_current_xact_id();
  NEW.hash := cd_audit_hash(NEW.prev_hash, NEW.at, NEW.entity, NEW.entity_id, NEW.action, NEW.actor_os,
    NEW.actor_person, NEW.before_json, NEW.after_json);
  UPDATE cd_audit_head SET hash = NEW.hash WHERE only_row;
  RETURN NEW;
END $f$;

CREATE FUNCTION cd_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  RAISE EXCEPTION '% is %', TG_TABLE_NAME, TG_ARGV[0] USING ERRCODE = 'insufficient_privilege';
END $f$;

-- The whole chain checked on the server, for people who may not read every organisation's entries.
CREATE FUNCTION cd_audit_verify(OUT ok boolean, OUT checked bigint, OUT first_broken_id bigint)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $f$
DECLARE
  expected text := repeat('0', 64);
  r record;
BEGIN
  ok := true; checked := 0; first_broken_id := NULL;
  FOR r IN SELECT * FROM audit_log ORDER BY id LOOP
    IF r.prev_hash <> expected OR r.hash <> cd_audit_hash(r.prev_hash, r.at, r.entity, r.entity_id, r.action,
        r.actor_os, r.actor_person, r.before_json, r.after_json) THEN
      ok := false; first_broken_id := r.id; RETURN;
    END IF;
    expected := r.hash; checked := checked + 1;
  END LOOP;
  IF expected <> (SELECT hash FROM cd_audit_head) THEN ok := false; END IF;
END $f$;
GRANT EXECUTE ON FUNCTION cd_audit_verify() TO cd_officer, cd_lawyer, cd_auditor;

-- Deferred to COMMIT: a register row written without an audit entry for it in the same transaction
-- is refused, so a client with its own credentials and raw SQL cannot change the registers unseen.
CREATE FUNCTION cd_require_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, public AS $f$
DECLARE
  v_entity text := TG_ARGV[0];
  v_id bigint := (to_jsonb(NEW) ->> coalesce(TG_ARGV[1], 'id'))::bigint;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.xact = pg_current_xact_id()
                 AND a.entity = v_entity AND a.entity_id = v_id) THEN
    RAISE EXCEPTION 'change of % % without an audit entry', v_entity, v_id USING ERRCODE = 'CD001';
  END IF;
  RETURN NULL;
END $f$;

-- The same rule for tables filled in bulk (the ledger: one import writes a million rows): checked once
-- per statement over its transition table, against one audit entry per import (TG_ARGV: the entity,
-- e.g. 'import', and the column holding its id, e.g. 'import_id'). Statement triggers cannot be
-- deferred, so the import's audit entry is written before its rows (counts follow in a later entry).
CREATE FUNCTION cd_require_audit_per_statement() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, public AS $f$
DECLARE
  v_missing bigint;
BEGIN
  EXECUTE format('SELECT c.%1$I FROM changed c WHERE NOT EXISTS (SELECT 1 FROM audit_log a
    WHERE a.xact = pg_current_xact_id() AND a.entity = %2$L AND a.entity_id = c.%1$I) LIMIT 1', TG_ARGV[1], TG_ARGV[0])
    INTO v_missing;
  IF v_missing IS NOT NULL THEN -- (EXECUTE … INTO does not set FOUND)
    RAISE EXCEPTION 'rows of % % written without an audit entry', TG_ARGV[0], v_missing USING ERRCODE = 'CD001';
  END IF;
  RETURN NULL;
END $f$;

-- Puts a bulk-filled table under cd_require_audit_per_statement (INSERT and UPDATE).
CREATE FUNCTION cd_require_audit_in_bulk(p_table regclass, p_entity text, p_id_column text) RETURNS void
  LANGUAGE plpgsql AS $f$
BEGIN
  EXECUTE format('CREATE TRIGGER cd_audited_insert AFTER INSERT ON %s REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION cd_require_audit_per_statement(%L, %L)', p_table, p_entity, p_id_column);
  EXECUTE format('CREATE TRIGGER cd_audited_update AFTER UPDATE ON %s REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION cd_require_audit_per_statement(%L, %L)', p_table, p_entity, p_id_column);
END $f$;

-- Gapless numbers per organisation, register and year; the row lock of ON CONFLICT DO UPDATE
-- serialises concurrent registrations, and a rolled-back registration gives its number back.
CREATE TABLE cd_counters (
  organisation_id bigint NOT NULL,
  register text NOT NULL,
  year integer NOT NULL,
  last_seq integer NOT NULL,
  PRIMARY KEY (organisation_id, register, year)
);
CREATE FUNCTION cd_next_number(p_organisation bigint, p_register text, p_year integer) RETURNS integer
  LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS $f$
  INSERT INTO cd_counters AS c (organisation_id, register, year, last_seq) VALUES (p_organisation, p_register, p_year, 1)
  ON CONFLICT (organisation_id, register, year) DO UPDATE SET last_seq = c.last_seq + 1
  RETURNING last_seq $f$;

-- The registration number's text, exactly as shared/correspondence/numbering.ts formats it (tested
-- against it as the oracle), so the number a letter carries can be written by the server alone.
-- Tokens: {seq} {seq:N} {yyyy} {yy} {mm} {kind}; the format was validated when it was saved.
CREATE FUNCTION cd_format_number(p_format text, p_seq integer, p_date text, p_kind_code text) RETURNS text
  LANGUAGE plpgsql IMMUTABLE AS $f$
DECLARE
  v_result text := p_format;
  v_width text;
  v_seq text := p_seq::text;
BEGIN
  FOR v_width IN SELECT DISTINCT (regexp_matches(p_format, '\{seq:([1-9])\}', 'g'))[1] LOOP
    v_result := replace(v_result, '{seq:' || v_width || '}',
      CASE WHEN length(v_seq) >= v_width::integer THEN v_seq ELSE lpad(v_seq, v_width::integer, '0') END);
  END LOOP;
  RETURN replace(replace(replace(replace(replace(v_result, '{seq}', v_seq), '{yyyy}', substr(p_date, 1, 4)),
    '{yy}', substr(p_date, 3, 2)), '{mm}', substr(p_date, 6, 2)), '{kind}', p_kind_code);
END $f$;

-- BEFORE INSERT on a numbered register: the number comes from the server whatever the client sent.
-- Arguments: register name, date column (its year numbers the entry), number column. A date more
-- than a day ahead of the server's (the zones of KG/KZ/RU are at most +6 h) is refused: it would
-- use up the next year's first numbers.
CREATE FUNCTION cd_assign_number() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, public AS $f$
DECLARE
  v_row jsonb := to_jsonb(NEW);
  v_date date := (v_row ->> TG_ARGV[1])::date;
BEGIN
  IF v_date IS NULL OR v_date > (now() AT TIME ZONE 'UTC')::date + 1 THEN
    RAISE EXCEPTION 'numbering date % is in the future', v_date USING ERRCODE = 'CD002';
  END IF;
  NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[2],
    cd_next_number((v_row ->> 'organisation_id')::bigint, TG_ARGV[0], extract(year FROM v_date)::integer)));
  RETURN NEW;
END $f$;

-- Other clients refresh their lists: one notification per statement and organisation (never the
-- content), so an import of a million rows sends a handful.
CREATE FUNCTION cd_notify_changes() RETURNS trigger LANGUAGE plpgsql AS $f$
DECLARE
  v_organisation bigint;
BEGIN
  FOR v_organisation IN EXECUTE format('SELECT DISTINCT %I FROM changed', TG_ARGV[0]) LOOP
    PERFORM pg_notify('cd_changes', json_build_object('entity', TG_ARGV[1], 'organisationId', v_organisation)::text);
  END LOOP;
  RETURN NULL;
END $f$;

-- Puts one organisation-scoped table under the team rules:
--   rows visible to those granted the organisation; written only by the roles in p_writers;
--   never deleted; p_frozen columns never updated (numbers, creation data); every written row needs
--   an audit entry of p_entity (its id in p_entity_id_column) in the same transaction — unless
--   p_row_audit is false for a bulk-filled table (then cd_require_audit_in_bulk); changes notified.
CREATE FUNCTION cd_protect(p_table regclass, p_writers text[], p_entity text,
  p_organisation_column text DEFAULT 'organisation_id', p_entity_id_column text DEFAULT 'id',
  p_frozen text[] DEFAULT '{}', p_row_audit boolean DEFAULT true) RETURNS void LANGUAGE plpgsql AS $f$
DECLARE
  v_mine text := format('%I IN (SELECT g.organisation_id FROM cd_grants g WHERE g.login = session_user)', p_organisation_column);
  v_writer text := format('%I IN (SELECT g.organisation_id FROM cd_grants g WHERE g.login = session_user AND g.role = ANY (%L))',
    p_organisation_column, p_writers);
  v_groups text := (SELECT string_agg(format('%I', 'cd_' || w), ', ') FROM unnest(p_writers) w);
  v_updatable text;
BEGIN
  SELECT string_agg(format('%I', attname), ', ') INTO v_updatable FROM pg_attribute
   WHERE attrelid = p_table AND attnum > 0 AND NOT attisdropped AND attidentity = ''
     AND NOT attname = ANY (p_frozen || ARRAY[p_organisation_column]);
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', p_table);
  EXECUTE format('CREATE POLICY cd_read ON %s FOR SELECT USING (%s)', p_table, v_mine);
  EXECUTE format('CREATE POLICY cd_insert ON %s FOR INSERT WITH CHECK (%s)', p_table, v_writer);
  EXECUTE format('CREATE POLICY cd_update ON %s FOR UPDATE USING (%s) WITH CHECK (%s)', p_table, v_writer, v_writer);
  EXECUTE format('GRANT SELECT ON %s TO cd_officer, cd_lawyer, cd_auditor', p_table);
  EXECUTE format('GRANT INSERT ON %s TO %s', p_table, v_groups);
  EXECUTE format('GRANT UPDATE (%s) ON %s TO %s', v_updatable, p_table, v_groups);
  EXECUTE format('CREATE TRIGGER cd_no_delete BEFORE DELETE ON %s FOR EACH ROW EXECUTE FUNCTION cd_refuse_change(%L)',
    p_table, 'archived, never deleted');
  IF p_row_audit THEN
    EXECUTE format('CREATE CONSTRAINT TRIGGER cd_audited AFTER INSERT OR UPDATE ON %s DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW EXECUTE FUNCTION cd_require_audit(%L, %L)', p_table, p_entity, p_entity_id_column);
  END IF;
  EXECUTE format('CREATE TRIGGER cd_notify_insert AFTER INSERT ON %s REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION cd_notify_changes(%L, %L)', p_table, p_organisation_column, p_entity);
  EXECUTE format('CREATE TRIGGER cd_notify_update AFTER UPDATE ON %s REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION cd_notify_changes(%L, %L)', p_table, p_organisation_column, p_entity);
END $f$;

-- Numbers one register's rows on the server (see cd_assign_number); the number column is frozen by cd_protect.
CREATE FUNCTION cd_number(p_table regclass, p_register text, p_date_column text, p_number_column text)
  RETURNS void LANGUAGE plpgsql AS $f$
BEGIN
  EXECUTE format('CREATE TRIGGER cd_number BEFORE INSERT ON %s FOR EACH ROW EXECUTE FUNCTION cd_assign_number(%L, %L, %L)',
    p_table, p_register, p_date_column, p_number_column);
END $f$;
`;
