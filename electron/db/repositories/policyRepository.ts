import type { Queryable } from '../connection';

export interface PolicyVersionRow {
  id: number;
  organisation_id: number;
  seq: number;
  effective_date: string;
  title: string;
  source_kind: string;
  file_name: string;
  source_sha256: string;
  source_size: number;
  text: string;
  loaded_at: string;
  loaded_by_os: string;
  loaded_by_person: string;
  status: string;
  clauses: string;
  warnings: string;
  facts: string;
  unrecognised: string;
  confirmed_at: string | null;
  confirmed_by_os: string;
  confirmed_by_person: string;
  register_policy: string | null;
  updated_at: string;
  /** Computed: json_array_length(clauses). */
  clause_count: number;
}

export interface NewPolicyVersion {
  organisationId: number;
  effectiveDate: string;
  title: string;
  sourceKind: string;
  fileName: string;
  sourceSha256: string;
  sourceSize: number;
  text: string;
  actorOs: string;
  actorPerson: string;
  reading: { clauses: string; warnings: string; facts: string; unrecognised: string };
}

const SELECT = 'SELECT v.*, json_array_length(v.clauses) AS clause_count FROM policy_versions v';

export const insertPolicyVersion = async (
  q: Queryable,
  v: NewPolicyVersion,
  now: string,
): Promise<number> => {
  const seq =
    ((
      await q.get<{ n: number | null }>(
        'SELECT MAX(seq) AS n FROM policy_versions WHERE organisation_id = :o',
        { o: v.organisationId },
      )
    )?.n ?? 0) + 1;
  return (
    await q.run(
      `INSERT INTO policy_versions (organisation_id, seq, effective_date, title, source_kind, file_name, source_sha256,
         source_size, text, loaded_at, loaded_by_os, loaded_by_person, status, clauses, warnings, facts, unrecognised, updated_at)
       VALUES (:o, :seq, :effectiveDate, :title, :sourceKind, :fileName, :sha, :size, :text, :now, :os, :person, 'draft',
         :clauses, :warnings, :facts, :unrecognised, :now)`,
      {
        o: v.organisationId,
        seq,
        effectiveDate: v.effectiveDate,
        title: v.title,
        sourceKind: v.sourceKind,
        fileName: v.fileName,
        sha: v.sourceSha256,
        size: v.sourceSize,
        text: v.text,
        now,
        os: v.actorOs,
        person: v.actorPerson,
        ...v.reading,
      },
    )
  ).lastID;
};

export const findPolicyVersion = (q: Queryable, id: number): Promise<PolicyVersionRow | undefined> =>
  q.get<PolicyVersionRow>(`${SELECT} WHERE v.id = :id`, { id });

/** Versions of an organisation, newest first, without their text. */
export const listPolicyVersions = (q: Queryable, organisationId: number): Promise<PolicyVersionRow[]> =>
  q.all<PolicyVersionRow>(
    `SELECT v.id, v.organisation_id, v.seq, v.effective_date, v.title, v.source_kind, v.file_name, v.source_sha256,
       v.source_size, '' AS text, v.loaded_at, v.loaded_by_os, v.loaded_by_person, v.status, '[]' AS clauses,
       '[]' AS warnings, '[]' AS facts, '[]' AS unrecognised, v.confirmed_at, v.confirmed_by_os, v.confirmed_by_person,
       NULL AS register_policy, v.updated_at, json_array_length(v.clauses) AS clause_count
     FROM policy_versions v WHERE v.organisation_id = :organisationId ORDER BY v.seq DESC`,
    { organisationId },
  );

/** A draft's clause split and the facts read from it (the trigger refuses this on a confirmed version). */
export const updateDraftReading = async (
  q: Queryable,
  id: number,
  reading: { clauses: string; warnings: string; facts: string; unrecognised: string },
  now: string,
): Promise<void> => {
  await q.run(
    `UPDATE policy_versions SET clauses = :clauses, warnings = :warnings, facts = :facts, unrecognised = :unrecognised,
       updated_at = :now WHERE id = :id AND status = 'draft'`,
    { id, now, ...reading },
  );
};

export interface RegisterColumns {
  policy: string;
  kinds: string;
  stateCountry: string | null;
  data: string;
  purposes: string;
  consent: string;
}

export const confirmPolicyVersion = async (
  q: Queryable,
  id: number,
  actor: { os: string; person: string },
  register: RegisterColumns,
  now: string,
): Promise<void> => {
  await q.run(
    `UPDATE policy_versions SET status = 'confirmed', confirmed_at = :now, confirmed_by_os = :os, confirmed_by_person = :person,
       register_policy = :policy, register_kinds = :kinds, register_state_country = :stateCountry, register_data = :data,
       register_purposes = :purposes, register_consent = :consent, updated_at = :now
     WHERE id = :id AND status = 'draft'`,
    { id, now, os: actor.os, person: actor.person, ...register },
  );
};

export const withdrawPolicyVersion = async (q: Queryable, id: number, now: string): Promise<void> => {
  await q.run(
    `UPDATE policy_versions SET status = 'withdrawn', updated_at = :now WHERE id = :id AND status = 'draft'`,
    {
      id,
      now,
    },
  );
};

/** The confirmed version in force on `date` (latest effective date on or before it). */
export const policyVersionInForce = (
  q: Queryable,
  organisationId: number,
  date: string,
): Promise<PolicyVersionRow | undefined> =>
  q.get<PolicyVersionRow>(
    `${SELECT} WHERE v.organisation_id = :organisationId AND v.status = 'confirmed' AND v.effective_date <= :date
     ORDER BY v.effective_date DESC, v.id DESC LIMIT 1`,
    { organisationId, date },
  );

/** The confirmed version a version is compared with: the latest other one effective on or before it. */
export const previousConfirmedVersion = (
  q: Queryable,
  organisationId: number,
  exceptId: number,
  onOrBefore: string,
): Promise<PolicyVersionRow | undefined> =>
  q.get<PolicyVersionRow>(
    `${SELECT} WHERE v.organisation_id = :organisationId AND v.status = 'confirmed' AND v.id <> :exceptId
       AND v.effective_date <= :onOrBefore
     ORDER BY v.effective_date DESC, v.id DESC LIMIT 1`,
    { organisationId, exceptId, onOrBefore },
  );
