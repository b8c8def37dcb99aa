/**
 * Breach incidents: the incident log with severity and decision (JSON), notifications sent (the
 * clocks are computed on read), attachments, the scope from the ledger (criteria + subject ids),
 * and per-organisation yearly counters for «ИНЦ-{seq}/{yyyy}».
 */
export const migration0004 = `
CREATE TABLE breach_counters (
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  year INTEGER NOT NULL,
  last_seq INTEGER NOT NULL,
  PRIMARY KEY (organisation_id, year)
) WITHOUT ROWID;

CREATE TABLE breach_incidents (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  seq INTEGER NOT NULL,
  year INTEGER NOT NULL,
  number TEXT NOT NULL,
  detected_at TEXT NOT NULL,
  became_aware_at TEXT NOT NULL,
  detected_by TEXT NOT NULL,
  description TEXT NOT NULL,
  -- JSON arrays
  data_categories TEXT NOT NULL DEFAULT '[]',
  subject_categories TEXT NOT NULL DEFAULT '[]',
  recipient_ids TEXT NOT NULL DEFAULT '[]',
  systems TEXT NOT NULL DEFAULT '[]',
  approx_subjects INTEGER,
  approx_records INTEGER,
  presumed_causes TEXT NOT NULL DEFAULT '',
  likely_consequences TEXT NOT NULL DEFAULT '',
  measures_taken TEXT NOT NULL DEFAULT '',
  investigation_results TEXT NOT NULL DEFAULT '',
  persons_responsible TEXT NOT NULL DEFAULT '',
  contact_name TEXT NOT NULL DEFAULT '',
  contact_position TEXT NOT NULL DEFAULT '',
  contact_phone TEXT NOT NULL DEFAULT '',
  contact_email TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('open', 'contained', 'notified', 'closed')),
  -- JSON BreachSeverity / BreachDecision, NULL until made
  severity TEXT,
  decision TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (organisation_id, year, seq)
);
CREATE INDEX breach_incidents_by_org ON breach_incidents (organisation_id, status, detected_at);

CREATE TABLE breach_notifications (
  id INTEGER PRIMARY KEY,
  incident_id INTEGER NOT NULL REFERENCES breach_incidents(id),
  addressee TEXT NOT NULL CHECK (addressee IN ('regulator', 'gdprAuthority', 'subjects', 'recipient')),
  purpose TEXT NOT NULL CHECK (purpose IN ('initial', 'investigation', 'other')),
  addressee_name TEXT NOT NULL DEFAULT '',
  recipient_id INTEGER REFERENCES recipients(id),
  sent_at TEXT NOT NULL,
  channel TEXT NOT NULL,
  reference TEXT NOT NULL DEFAULT '',
  document_kind TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  attachment_id INTEGER,
  created_at TEXT NOT NULL
);
CREATE INDEX breach_notifications_by_incident ON breach_notifications (incident_id, sent_at);

CREATE TABLE breach_attachments (
  id INTEGER PRIMARY KEY,
  incident_id INTEGER NOT NULL REFERENCES breach_incidents(id),
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  attached_at TEXT NOT NULL
);
CREATE INDEX breach_attachments_by_incident ON breach_attachments (incident_id, id);

CREATE TABLE breach_scopes (
  incident_id INTEGER PRIMARY KEY REFERENCES breach_incidents(id),
  recipient_id INTEGER REFERENCES recipients(id),
  from_date TEXT NOT NULL DEFAULT '',
  to_date TEXT NOT NULL DEFAULT '',
  import_id INTEGER REFERENCES imports(id),
  subjects INTEGER NOT NULL,
  saved_at TEXT NOT NULL
);

CREATE TABLE breach_scope_subjects (
  incident_id INTEGER NOT NULL REFERENCES breach_incidents(id),
  subject_id INTEGER NOT NULL REFERENCES subjects(id),
  PRIMARY KEY (incident_id, subject_id)
) WITHOUT ROWID;
`;
