/**
 * Ledger v2: the identity rule made explicit and explained (shared/ledger/IDENTITY.md), consignees as
 * subjects, possible matches, merges and splits, B-tree search terms instead of the trigram index,
 * undoable imports. Existing ledgers keep all their data: the child tables are rebuilt with their
 * rows, the parent tables (subjects, imports) only gain columns.
 */
export const migration0006 = `
-- Replaced by subject_terms/address_terms. Dropped first: when the trigram table was created in the
-- same transaction (a new database migrates 1..latest at once), SQLite refuses every ALTER TABLE
-- that follows an ALTER TABLE + DROP of it («SQL logic error») — later migrations add columns.
DROP TABLE subjects_search;
ALTER TABLE subjects ADD COLUMN origin TEXT NOT NULL DEFAULT 'import';
-- A subject merged into another is kept (evidence); every list and look-up skips it.
ALTER TABLE subjects ADD COLUMN merged_into INTEGER REFERENCES subjects(id);
ALTER TABLE subjects ADD COLUMN note TEXT NOT NULL DEFAULT '';
DROP INDEX IF EXISTS subjects_by_org_name;
DROP INDEX IF EXISTS subjects_by_org_name_key;
CREATE INDEX subjects_by_org_name ON subjects (organisation_id, full_name, id) WHERE merged_into IS NULL;
-- Deleting a subject (an import's clean-up or undo) checks every row that may point at it: without these
-- indexes each deleted subject scans the whole table (150k subjects: hours instead of a second).
CREATE INDEX subjects_by_merged_into ON subjects (merged_into) WHERE merged_into IS NOT NULL;
CREATE INDEX subject_blocks_by_subject ON subject_blocks (subject_id) WHERE subject_id IS NOT NULL;
CREATE INDEX breach_scope_subjects_by_subject ON breach_scope_subjects (subject_id);
CREATE INDEX breach_scopes_by_import ON breach_scopes (import_id) WHERE import_id IS NOT NULL;
CREATE INDEX imports_by_profile ON imports (profile_id) WHERE profile_id IS NOT NULL;
-- name_key now holds the name signature (sorted words), see personName.ts.

ALTER TABLE imports ADD COLUMN undone_at TEXT;
ALTER TABLE imports ADD COLUMN first_order_id INTEGER;
ALTER TABLE imports ADD COLUMN last_order_id INTEGER;
ALTER TABLE imports ADD COLUMN first_subject_id INTEGER;
ALTER TABLE imports ADD COLUMN last_subject_id INTEGER;
CREATE INDEX imports_by_sha256 ON imports (organisation_id, file_sha256);

ALTER TABLE breach_scopes ADD COLUMN outdated_at TEXT;
ALTER TABLE breach_scopes ADD COLUMN outdated_reason TEXT NOT NULL DEFAULT '';

-- A key may belong to several subjects (a family phone); order_id: the order that brought it.
CREATE TABLE subject_keys_v6 (
  organisation_id INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('phone', 'email')),
  value TEXT NOT NULL,
  subject_id INTEGER NOT NULL REFERENCES subjects(id),
  import_id INTEGER REFERENCES imports(id),
  order_id INTEGER,
  PRIMARY KEY (organisation_id, kind, value, subject_id)
) WITHOUT ROWID;
INSERT INTO subject_keys_v6 (organisation_id, kind, value, subject_id, import_id)
  SELECT organisation_id, kind, value, subject_id, import_id FROM subject_keys;
DROP TABLE subject_keys;
ALTER TABLE subject_keys_v6 RENAME TO subject_keys;
CREATE INDEX subject_keys_by_subject ON subject_keys (subject_id);

CREATE TABLE orders_v6 (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  source TEXT NOT NULL,
  external_id TEXT NOT NULL,
  -- the buyer
  subject_id INTEGER NOT NULL REFERENCES subjects(id),
  ordered_at TEXT,
  delivery_method TEXT NOT NULL DEFAULT '',
  payment_method TEXT NOT NULL DEFAULT '',
  delivery_key TEXT NOT NULL DEFAULT '',
  payment_key TEXT NOT NULL DEFAULT '',
  -- the buyer as written in this order
  buyer_name TEXT NOT NULL DEFAULT '',
  buyer_phone TEXT NOT NULL DEFAULT '',
  buyer_email TEXT NOT NULL DEFAULT '',
  -- why the buyer is this subject: new | phone | email | manual (NULL: imported before v6)
  match TEXT,
  match_order_id INTEGER,
  -- the consignee when she is another person
  consignee_id INTEGER REFERENCES subjects(id),
  consignee_name TEXT NOT NULL DEFAULT '',
  consignee_phone TEXT NOT NULL DEFAULT '',
  consignee_match TEXT,
  consignee_match_order_id INTEGER,
  -- delivery address as written (line breaks kept)
  address TEXT NOT NULL DEFAULT '',
  import_id INTEGER NOT NULL REFERENCES imports(id),
  line INTEGER NOT NULL,
  UNIQUE (organisation_id, external_id, source)
);
CREATE TABLE transfers_v6 AS SELECT * FROM transfers;
DROP TABLE transfers;
INSERT INTO orders_v6 (id, organisation_id, source, external_id, subject_id, ordered_at, delivery_method,
    payment_method, delivery_key, payment_key, consignee_name, consignee_phone, address, import_id, line)
  SELECT id, organisation_id, source, external_id, subject_id, ordered_at, delivery_method, payment_method,
    delivery_key, payment_key, consignee_name, consignee_phone, address, import_id, line FROM orders;
DROP TABLE orders;
ALTER TABLE orders_v6 RENAME TO orders;
CREATE INDEX orders_by_subject ON orders (subject_id, ordered_at);
CREATE INDEX orders_by_consignee ON orders (consignee_id) WHERE consignee_id IS NOT NULL;
CREATE INDEX orders_by_import ON orders (import_id);

CREATE TABLE transfers (
  order_id INTEGER NOT NULL REFERENCES orders(id),
  recipient_id INTEGER NOT NULL REFERENCES recipients(id),
  basis TEXT NOT NULL CHECK (basis IN ('delivery', 'payment')),
  transferred_on TEXT,
  PRIMARY KEY (order_id, recipient_id)
) WITHOUT ROWID;
INSERT INTO transfers SELECT * FROM transfers_v6;
DROP TABLE transfers_v6;
CREATE INDEX transfers_by_recipient ON transfers (recipient_id, transferred_on);

-- 'duplicate': an order already in the ledger or earlier in the file (listed with number and line)
CREATE TABLE import_rejections_v6 (
  import_id INTEGER NOT NULL REFERENCES imports(id),
  line INTEGER NOT NULL,
  column_name TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL,
  value TEXT NOT NULL DEFAULT '',
  severity TEXT NOT NULL DEFAULT 'error' CHECK (severity IN ('error', 'warning', 'duplicate'))
);
INSERT INTO import_rejections_v6 SELECT * FROM import_rejections;
DROP TABLE import_rejections;
ALTER TABLE import_rejections_v6 RENAME TO import_rejections;
CREATE INDEX import_rejections_by_import ON import_rejections (import_id, severity, line);

-- Look-up terms (shared/ledger/searchTerms.ts): name words and phone tails per subject, address words per
-- order. No index by subject: a subject's terms are derived from its name and keys (subjectTerms.ts).
CREATE TABLE subject_terms (
  organisation_id INTEGER NOT NULL,
  term TEXT NOT NULL,
  subject_id INTEGER NOT NULL,
  PRIMARY KEY (organisation_id, term, subject_id)
) WITHOUT ROWID;
CREATE TABLE address_terms (
  organisation_id INTEGER NOT NULL,
  term TEXT NOT NULL,
  order_id INTEGER NOT NULL,
  PRIMARY KEY (organisation_id, term, order_id)
) WITHOUT ROWID;

-- Two subjects that may be one person, for the officer to review.
CREATE TABLE possible_matches (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  subject_id INTEGER NOT NULL REFERENCES subjects(id),
  other_id INTEGER NOT NULL REFERENCES subjects(id),
  -- phone | email: the key the two share; 'name' when the names are compatible
  kind TEXT NOT NULL,
  value TEXT NOT NULL DEFAULT '',
  order_id INTEGER,
  import_id INTEGER REFERENCES imports(id),
  line INTEGER,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'merged', 'dismissed')),
  created_at TEXT NOT NULL,
  resolved_at TEXT,
  UNIQUE (subject_id, other_id, kind, value)
);
CREATE INDEX possible_matches_open ON possible_matches (organisation_id, status, id);
CREATE INDEX possible_matches_by_other ON possible_matches (other_id);

-- Merges and splits by the officer: exactly what moved, so each can be undone.
CREATE TABLE subject_changes (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  kind TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
  from_subject_id INTEGER NOT NULL REFERENCES subjects(id),
  to_subject_id INTEGER NOT NULL REFERENCES subjects(id),
  -- JSON: { buyerOrders, consigneeOrders, keys, items, blocks, createdTarget }
  moved TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  actor_os TEXT NOT NULL,
  actor_person TEXT NOT NULL,
  undone_at TEXT
);
CREATE INDEX subject_changes_from ON subject_changes (from_subject_id);
CREATE INDEX subject_changes_to ON subject_changes (to_subject_id);
`;

export { indexExistingLedger as migration0006Data } from '../repositories/termRepository';
