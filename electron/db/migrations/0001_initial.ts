/** Organisations, the recipient register and the hash-chained audit trail. */
export const migration0001 = `
CREATE TABLE organisations (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  legal_form TEXT NOT NULL DEFAULT '',
  registration_number TEXT NOT NULL,
  jurisdiction TEXT NOT NULL CHECK (jurisdiction IN ('KG', 'KZ', 'RU')),
  legal_address TEXT NOT NULL DEFAULT '',
  postal_address TEXT NOT NULL DEFAULT '',
  responsible_name TEXT NOT NULL DEFAULT '',
  responsible_position TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  policy_title TEXT NOT NULL DEFAULT '',
  policy_url TEXT NOT NULL DEFAULT '',
  policy_version_date TEXT,
  policy_claim_clause TEXT NOT NULL DEFAULT '',
  applicable_law TEXT NOT NULL DEFAULT '',
  court_clause TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT
);

CREATE TABLE recipients (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  type TEXT NOT NULL,
  legal_name TEXT NOT NULL,
  registration_number TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL,
  address TEXT NOT NULL DEFAULT '',
  contact_person TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL,
  legal_basis TEXT NOT NULL,
  purposes TEXT NOT NULL,
  data_categories TEXT NOT NULL DEFAULT '[]',
  subject_categories TEXT NOT NULL DEFAULT '[]',
  operations TEXT NOT NULL DEFAULT '[]',
  retention TEXT NOT NULL DEFAULT '',
  contract_number TEXT NOT NULL DEFAULT '',
  contract_date TEXT,
  instruction TEXT NOT NULL DEFAULT '{}',
  contract_file_name TEXT,
  contract_file_sha256 TEXT,
  contract_file_size INTEGER,
  contract_file_attached_at TEXT,
  cross_border INTEGER NOT NULL DEFAULT 0,
  adequacy TEXT NOT NULL DEFAULT 'unknown',
  info_obtained_date TEXT,
  transfer_notice_date TEXT,
  transfer_notice_number TEXT NOT NULL DEFAULT '',
  transfer_status TEXT NOT NULL DEFAULT 'notNotified',
  subject_notice_method TEXT NOT NULL DEFAULT '',
  subject_notice_date TEXT,
  review_date TEXT,
  status TEXT NOT NULL DEFAULT 'active',
  notes TEXT NOT NULL DEFAULT '',
  -- lower-cased name and registration number, for case-insensitive Cyrillic search
  search_text TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT
);
CREATE INDEX recipients_by_org_name ON recipients (organisation_id, archived_at, legal_name COLLATE NOCASE, id);
CREATE INDEX recipients_by_org_review ON recipients (organisation_id, archived_at, review_date, id);
CREATE INDEX recipients_by_org_type ON recipients (organisation_id, type);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  action TEXT NOT NULL,
  actor_os TEXT NOT NULL,
  actor_person TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_by_entity ON audit_log (entity, entity_id, id);

-- The audit trail is evidence: append-only.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

-- Register records are archived, never deleted.
CREATE TRIGGER organisations_no_delete BEFORE DELETE ON organisations
BEGIN SELECT RAISE(ABORT, 'organisations are archived, not deleted'); END;
CREATE TRIGGER recipients_no_delete BEFORE DELETE ON recipients
BEGIN SELECT RAISE(ABORT, 'recipients are archived, not deleted'); END;
`;
