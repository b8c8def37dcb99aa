/**
 * The subjects ledger: imports of shop exports, the persons (subjects) found in them, their orders,
 * and the transfers of their data to recipients of the register.
 */
export const migration0002 = `
CREATE TABLE import_profiles (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  name TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  preset TEXT NOT NULL,
  mapping TEXT NOT NULL,
  encoding TEXT NOT NULL,
  delimiter TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (organisation_id, name)
);
CREATE INDEX import_profiles_by_fingerprint ON import_profiles (organisation_id, fingerprint);

CREATE TABLE imports (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  file_name TEXT NOT NULL,
  file_sha256 TEXT NOT NULL,
  file_size INTEGER NOT NULL,
  profile_id INTEGER REFERENCES import_profiles(id),
  preset TEXT NOT NULL,
  source TEXT NOT NULL,
  encoding TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('running', 'completed', 'failed')),
  rows_read INTEGER NOT NULL DEFAULT 0,
  orders_imported INTEGER NOT NULL DEFAULT 0,
  duplicates INTEGER NOT NULL DEFAULT 0,
  rejected INTEGER NOT NULL DEFAULT 0,
  warnings INTEGER NOT NULL DEFAULT 0,
  subjects_created INTEGER NOT NULL DEFAULT 0,
  transfers_created INTEGER NOT NULL DEFAULT 0,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  duration_ms INTEGER,
  actor_os TEXT NOT NULL,
  actor_person TEXT NOT NULL,
  error TEXT
);
CREATE INDEX imports_by_org ON imports (organisation_id, started_at);

CREATE TABLE import_rejections (
  import_id INTEGER NOT NULL REFERENCES imports(id),
  line INTEGER NOT NULL,
  column_name TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL,
  value TEXT NOT NULL DEFAULT '',
  -- 'error': the row was not imported; 'warning': imported, with the problem noted
  severity TEXT NOT NULL DEFAULT 'error' CHECK (severity IN ('error', 'warning'))
);
CREATE INDEX import_rejections_by_import ON import_rejections (import_id, line);

-- Values of the delivery-service and payment-method columns -> recipients (NULL: no transfer).
CREATE TABLE recipient_aliases (
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  field TEXT NOT NULL CHECK (field IN ('delivery', 'payment')),
  value_key TEXT NOT NULL,
  value TEXT NOT NULL,
  recipient_id INTEGER REFERENCES recipients(id),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (organisation_id, field, value_key)
) WITHOUT ROWID;

CREATE TABLE subjects (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  full_name TEXT NOT NULL DEFAULT '',
  -- lower-cased name: the B-tree behind "name starts with …" look-ups
  name_key TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  first_order_at TEXT,
  last_order_at TEXT,
  -- the import that created the subject (NULL: entered by hand)
  import_id INTEGER REFERENCES imports(id),
  created_at TEXT NOT NULL
);
CREATE INDEX subjects_by_org_name ON subjects (organisation_id, full_name, id);
CREATE INDEX subjects_by_org_name_key ON subjects (organisation_id, name_key, id);
CREATE INDEX subjects_by_import ON subjects (import_id);

-- Normalised identity keys (E.164 phone, lower-cased e-mail): one subject per key and organisation.
CREATE TABLE subject_keys (
  organisation_id INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('phone', 'email')),
  value TEXT NOT NULL,
  subject_id INTEGER NOT NULL REFERENCES subjects(id),
  import_id INTEGER REFERENCES imports(id),
  PRIMARY KEY (organisation_id, kind, value)
) WITHOUT ROWID;
CREATE INDEX subject_keys_by_subject ON subject_keys (subject_id);
CREATE INDEX subject_keys_by_import ON subject_keys (import_id);

-- Substring search over name, phones and e-mails (rowid = subject id).
CREATE VIRTUAL TABLE subjects_search USING fts5(text, content='', contentless_delete=1, tokenize='trigram');

CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  source TEXT NOT NULL,
  external_id TEXT NOT NULL,
  subject_id INTEGER NOT NULL REFERENCES subjects(id),
  ordered_at TEXT,
  delivery_method TEXT NOT NULL DEFAULT '',
  payment_method TEXT NOT NULL DEFAULT '',
  -- normalised values, joined with recipient_aliases.value_key
  delivery_key TEXT NOT NULL DEFAULT '',
  payment_key TEXT NOT NULL DEFAULT '',
  consignee_name TEXT NOT NULL DEFAULT '',
  consignee_phone TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  import_id INTEGER NOT NULL REFERENCES imports(id),
  line INTEGER NOT NULL,
  UNIQUE (organisation_id, source, external_id)
);
CREATE INDEX orders_by_subject ON orders (subject_id, ordered_at);
CREATE INDEX orders_by_import ON orders (import_id);

CREATE TABLE transfers (
  order_id INTEGER NOT NULL REFERENCES orders(id),
  recipient_id INTEGER NOT NULL REFERENCES recipients(id),
  basis TEXT NOT NULL CHECK (basis IN ('delivery', 'payment')),
  transferred_on TEXT,
  PRIMARY KEY (order_id, recipient_id)
) WITHOUT ROWID;
CREATE INDEX transfers_by_recipient ON transfers (recipient_id, transferred_on);
`;
