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
  state_registration_number: string;
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
  /** The name lower-cased by the app (shared/format/sortKey): the list's order on both engines. */
  name_key: string;
}

/** The recipient register (the organisation's audited change re-derives cross_border). */
export interface RecipientsTable {
  id: Generated<number>;
  organisation_id: number;
  type: string;
  legal_name: string;
  registration_number: string;
  country: string;
  address: string;
  contact_person: string;
  phone: string;
  email: string;
  role: string;
  legal_basis: string;
  purposes: string;
  data_categories: string;
  subject_categories: string;
  operations: string;
  retention: string;
  contract_number: string;
  contract_date: string | null;
  instruction: string;
  contract_file_name: string | null;
  contract_file_sha256: string | null;
  contract_file_size: number | null;
  contract_file_attached_at: string | null;
  cross_border: number;
  adequacy: string;
  info_obtained_date: string | null;
  transfer_notice_date: string | null;
  transfer_notice_number: string;
  transfer_status: string;
  subject_notice_method: string;
  subject_notice_date: string | null;
  review_date: string | null;
  status: string;
  notes: string;
  /** `legal_name registration_number`, lower-cased by the app: `LIKE` matches it alike on both engines. */
  search_text: string;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
  contract_end_date: string | null;
  /** JSON PurposeKind[] read from `purposes` when saved; NULL for rows saved before migration 10. */
  purpose_kinds: string | null;
  /** The legal name lower-cased by the app (shared/format/sortKey): the register's order on both engines. */
  legal_name_key: string;
}

/** Why an archived recipient was archived (shown only while it is archived). */
export interface RecipientArchiveReasonsTable {
  recipient_id: number;
  reason: string;
}

/** A shop's delivery/payment value mapped to a recipient (NULL: no transfer). */
export interface RecipientAliasesTable {
  organisation_id: number;
  field: 'delivery' | 'payment';
  value_key: string;
  value: string;
  recipient_id: number | null;
  updated_at: string;
}

/**
 * Working-day calendars, app-wide: every version of a country's year is kept, the newest id is in
 * force. On PostgreSQL the server writes created_at and created_by.
 */
export interface WorkingCalendarsTable {
  id: Generated<number>;
  country: 'KG' | 'KZ' | 'RU';
  year: number;
  version: string;
  /** CalendarFile JSON. */
  data: string;
  origin: 'shipped' | 'corrected';
  created_at: string;
  created_by: string;
}

/** The correspondence register (migration 3; identity_verification since 7). */
export interface CorrespondenceItemsTable {
  id: Generated<number>;
  organisation_id: number;
  /** Year, sequence and number text: given in the registering transaction (on PostgreSQL by the server). */
  year: number;
  seq: number;
  number: string;
  kind: string;
  received_date: string;
  received_via: string;
  sender_ref_number: string;
  sender_ref_date: string | null;
  subject_id: number | null;
  sender_name: string;
  sender_address: string;
  sender_email: string;
  sender_phone: string;
  /** JSON string[]. */
  order_numbers: string;
  demands: string;
  amount_minor: number | null;
  currency: string | null;
  responsible: string;
  notes: string;
  status: string;
  rule_id: string;
  start_date: string;
  due_date: string;
  due_at: string | null;
  /** The stored deadline (JSON): basis, citation, calendar version, explanations, warnings. */
  deadline: string;
  identity_verification: string | null;
  created_at: string;
  updated_at: string;
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
  /** Whose register the entry belongs to (team mode: who may read it); NULL for app-wide entries. */
  organisation_id: ColumnType<number | null, number | null | undefined, never>;
}

export interface Schema {
  correspondence_settings: CorrespondenceSettingsTable;
  organisations: OrganisationsTable;
  recipients: RecipientsTable;
  recipient_archive_reasons: RecipientArchiveReasonsTable;
  recipient_aliases: RecipientAliasesTable;
  working_calendars: WorkingCalendarsTable;
  correspondence_items: CorrespondenceItemsTable;
  audit_log: AuditLogTable;
}
