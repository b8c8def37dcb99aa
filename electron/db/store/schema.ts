import type { ColumnType, Generated } from 'kysely';

/**
 * The tables the typed data layer knows, as Kysely sees them. Identical on SQLite and PostgreSQL:
 * text for dates (ISO strings), integer 0/1 for flags, text holding JSON, so one row mapping serves
 * both engines. A table is added here when its repository is converted (docs/team-mode.md).
 */
export interface CorrespondenceSettingsTable {
  organisation_id: number;
  incoming_format: string;
  outgoing_format: string;
  /** JSON: { [CorrespondenceKind]: code }. */
  kind_codes: string;
  time_zone: string;
  signatory_position: string;
  signatory_name: string;
  executor_name: string;
  executor_contact: string;
  kg_breach_target_hours: number;
  gdpr_opt_in: number;
  updated_at: string;
}

export interface OrganisationsTable {
  id: Generated<number>;
  name: string;
  legal_form: string;
  registration_number: string;
  jurisdiction: 'KG' | 'KZ' | 'RU';
  legal_address: string;
  postal_address: string;
  responsible_name: string;
  responsible_position: string;
  phone: string;
  email: string;
  policy_title: string;
  policy_url: string;
  policy_version_date: string | null;
  policy_claim_clause: string;
  applicable_law: string;
  court_clause: string;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

/**
 * The audit trail. On SQLite the app fills every column; on PostgreSQL the server's seal trigger
 * fills id, at, actor_*, prev_hash and hash (and ignores what a client sends), hence Generated.
 */
export interface AuditLogTable {
  id: Generated<number>;
  at: Generated<string>;
  entity: string;
  entity_id: number;
  action: string;
  actor_os: Generated<string>;
  actor_person: Generated<string>;
  before_json: string | null;
  after_json: string | null;
  prev_hash: Generated<string>;
  hash: Generated<string>;
  /** PostgreSQL only until the conversion adds it on SQLite: who may read the entry. */
  organisation_id: ColumnType<number | null, number | null | undefined, never>;
}

export interface Schema {
  correspondence_settings: CorrespondenceSettingsTable;
  organisations: OrganisationsTable;
  audit_log: AuditLogTable;
}
