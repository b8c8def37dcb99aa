/**
 * Correspondence: incoming claims and requests with their deadlines, extensions, pauses and
 * attachments; blocks of subjects' data; written answers (versions, frozen PDFs); registration
 * counters; per-organisation settings; working-day calendars (every version kept).
 */
export const migration0003 = `
CREATE TABLE correspondence_settings (
  organisation_id INTEGER PRIMARY KEY REFERENCES organisations(id),
  incoming_format TEXT NOT NULL,
  outgoing_format TEXT NOT NULL,
  kind_codes TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  signatory_position TEXT NOT NULL DEFAULT '',
  signatory_name TEXT NOT NULL DEFAULT '',
  executor_name TEXT NOT NULL DEFAULT '',
  executor_contact TEXT NOT NULL DEFAULT '',
  kg_breach_target_hours INTEGER NOT NULL DEFAULT 72,
  gdpr_opt_in INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT NOT NULL
);

-- Every version of a country's year is kept; the newest (highest id) is in force.
CREATE TABLE working_calendars (
  id INTEGER PRIMARY KEY,
  country TEXT NOT NULL CHECK (country IN ('KG', 'KZ', 'RU')),
  year INTEGER NOT NULL,
  version TEXT NOT NULL,
  data TEXT NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('shipped', 'corrected')),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL DEFAULT '',
  UNIQUE (country, year, version)
);
CREATE INDEX working_calendars_by_year ON working_calendars (country, year, id);
CREATE TRIGGER working_calendars_no_update BEFORE UPDATE ON working_calendars
BEGIN SELECT RAISE(ABORT, 'calendar versions are kept unchanged'); END;
CREATE TRIGGER working_calendars_no_delete BEFORE DELETE ON working_calendars
BEGIN SELECT RAISE(ABORT, 'calendar versions are kept unchanged'); END;

-- Last sequence number per organisation, register and year (incremented in the registering transaction).
CREATE TABLE correspondence_counters (
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  register TEXT NOT NULL CHECK (register IN ('incoming', 'outgoing')),
  year INTEGER NOT NULL,
  last_seq INTEGER NOT NULL,
  PRIMARY KEY (organisation_id, register, year)
) WITHOUT ROWID;

CREATE TABLE correspondence_items (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  year INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  number TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('claim', 'access', 'correction', 'blocking', 'deletion',
    'consentWithdrawal', 'objection', 'regulatorRequest', 'other')),
  received_date TEXT NOT NULL,
  received_via TEXT NOT NULL,
  sender_ref_number TEXT NOT NULL DEFAULT '',
  sender_ref_date TEXT,
  subject_id INTEGER REFERENCES subjects(id),
  sender_name TEXT NOT NULL DEFAULT '',
  sender_address TEXT NOT NULL DEFAULT '',
  sender_email TEXT NOT NULL DEFAULT '',
  sender_phone TEXT NOT NULL DEFAULT '',
  order_numbers TEXT NOT NULL DEFAULT '[]',
  demands TEXT NOT NULL DEFAULT '',
  amount_minor INTEGER,
  currency TEXT CHECK (currency IN ('KGS', 'KZT', 'RUB')),
  responsible TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL CHECK (status IN ('registered', 'inReview', 'answerDrafted', 'answered', 'closed',
    'extended', 'paused')),
  rule_id TEXT NOT NULL,
  start_date TEXT NOT NULL,
  due_date TEXT NOT NULL,
  due_at TEXT,
  -- the stored deadline: engine basis (rule, citation, calendar version, explanations) and warnings
  deadline TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (organisation_id, year, seq)
);
CREATE INDEX correspondence_items_by_due ON correspondence_items (status, due_date);
CREATE INDEX correspondence_items_by_org ON correspondence_items (organisation_id, received_date, id);
CREATE INDEX correspondence_items_by_subject ON correspondence_items (subject_id);
CREATE TRIGGER correspondence_items_no_delete BEFORE DELETE ON correspondence_items
BEGIN SELECT RAISE(ABORT, 'correspondence is evidence: close it, do not delete it'); END;

-- Number, sender, e-mail, phone, demands, notes and order numbers (rowid = item id).
CREATE VIRTUAL TABLE correspondence_search USING fts5(text, content='', contentless_delete=1, tokenize='trigram');

CREATE TABLE correspondence_extensions (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES correspondence_items(id),
  amount INTEGER NOT NULL,
  unit TEXT NOT NULL,
  reason TEXT NOT NULL,
  granted_on TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX correspondence_extensions_by_item ON correspondence_extensions (item_id, id);

CREATE TABLE correspondence_pauses (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES correspondence_items(id),
  from_date TEXT NOT NULL,
  -- last paused day (included); NULL while the pause runs
  to_date TEXT,
  reason TEXT NOT NULL,
  -- the status to return to when the pause ends
  resume_status TEXT NOT NULL,
  created_at TEXT NOT NULL,
  ended_at TEXT
);
CREATE INDEX correspondence_pauses_by_item ON correspondence_pauses (item_id, id);

CREATE TABLE correspondence_attachments (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES correspondence_items(id),
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  attached_at TEXT NOT NULL,
  removed_at TEXT
);
CREATE INDEX correspondence_attachments_by_item ON correspondence_attachments (item_id, id);

CREATE TABLE subject_blocks (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  -- NULL until the item's sender is linked to a ledger subject
  subject_id INTEGER REFERENCES subjects(id),
  item_id INTEGER NOT NULL REFERENCES correspondence_items(id),
  from_date TEXT NOT NULL,
  -- NULL while the check runs
  until_date TEXT,
  reason TEXT NOT NULL,
  end_reason TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  ended_at TEXT
);
CREATE INDEX subject_blocks_active ON subject_blocks (subject_id) WHERE until_date IS NULL;
CREATE INDEX subject_blocks_by_item ON subject_blocks (item_id);

CREATE TABLE correspondence_answers (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  item_id INTEGER NOT NULL REFERENCES correspondence_items(id),
  -- id of version 1 of the letter
  chain_id INTEGER NOT NULL,
  version INTEGER NOT NULL,
  supersedes_id INTEGER REFERENCES correspondence_answers(id),
  decision TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('draft', 'registered', 'sent')),
  outgoing_year INTEGER,
  outgoing_seq INTEGER,
  outgoing_number TEXT,
  outgoing_date TEXT,
  addressee_name TEXT NOT NULL,
  addressee_address TEXT NOT NULL DEFAULT '',
  heading TEXT NOT NULL,
  blocks TEXT NOT NULL,
  signatory_position TEXT NOT NULL DEFAULT '',
  signatory_name TEXT NOT NULL DEFAULT '',
  executor_name TEXT NOT NULL DEFAULT '',
  executor_contact TEXT NOT NULL DEFAULT '',
  access_report TEXT,
  sent_date TEXT,
  sent_channel TEXT,
  pdf_sha256 TEXT,
  pdf_size INTEGER,
  -- the letter exactly as rendered into the frozen PDF (JSON)
  frozen TEXT,
  sent_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (chain_id, version)
);
CREATE UNIQUE INDEX correspondence_answers_outgoing
  ON correspondence_answers (organisation_id, outgoing_year, outgoing_seq) WHERE outgoing_seq IS NOT NULL;
CREATE INDEX correspondence_answers_by_item ON correspondence_answers (item_id, chain_id, version);
CREATE INDEX correspondence_answers_by_date ON correspondence_answers (organisation_id, outgoing_date);
-- A sent letter is frozen: a change is a new version (a new row).
CREATE TRIGGER correspondence_answers_frozen BEFORE UPDATE ON correspondence_answers WHEN OLD.state = 'sent'
BEGIN SELECT RAISE(ABORT, 'a sent answer is frozen'); END;

CREATE TRIGGER correspondence_extensions_no_delete BEFORE DELETE ON correspondence_extensions
BEGIN SELECT RAISE(ABORT, 'correspondence is evidence'); END;
CREATE TRIGGER correspondence_pauses_no_delete BEFORE DELETE ON correspondence_pauses
BEGIN SELECT RAISE(ABORT, 'correspondence is evidence'); END;
CREATE TRIGGER correspondence_attachments_no_delete BEFORE DELETE ON correspondence_attachments
BEGIN SELECT RAISE(ABORT, 'correspondence is evidence'); END;
CREATE TRIGGER subject_blocks_no_delete BEFORE DELETE ON subject_blocks
BEGIN SELECT RAISE(ABORT, 'blocks are evidence'); END;
CREATE TRIGGER correspondence_answers_no_delete BEFORE DELETE ON correspondence_answers
BEGIN SELECT RAISE(ABORT, 'answers are evidence'); END;
`;
