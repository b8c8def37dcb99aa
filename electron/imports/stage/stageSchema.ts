/**
 * The stage: a scratch SQLite file per scan (in the data folder's `staging/`), written while the file
 * is read once. It holds the parsed, normalised rows and what the identity pass decided, so the
 * import builds the ledger from it set-based, after the officer has mapped the values — the file
 * itself is never parsed again. Deleted after the import (or its cancel), and at every start.
 */
export const STAGE_SCHEMA = `
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE rows (
  seq INTEGER PRIMARY KEY,
  line INTEGER NOT NULL,
  external_id TEXT NOT NULL,
  ordered_at TEXT,
  buyer INTEGER NOT NULL,
  match TEXT NOT NULL,
  match_seq INTEGER,
  consignee INTEGER,
  consignee_match TEXT,
  consignee_match_seq INTEGER,
  buyer_name TEXT NOT NULL,
  buyer_phone TEXT NOT NULL,
  buyer_email TEXT NOT NULL,
  consignee_name TEXT NOT NULL,
  consignee_phone TEXT NOT NULL,
  address TEXT NOT NULL,
  delivery TEXT NOT NULL,
  payment TEXT NOT NULL,
  -- the address's look-up words (addressWords), space-separated: split by SQL when the ledger is built
  address_words TEXT NOT NULL,
  -- 1: the order number is already in the ledger (set by the import)
  dup INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE persons (person INTEGER PRIMARY KEY, name TEXT NOT NULL, signature TEXT NOT NULL, seq INTEGER NOT NULL);
CREATE TABLE renames (person INTEGER NOT NULL, name TEXT NOT NULL, signature TEXT NOT NULL);
CREATE INDEX renames_person ON renames (person);
-- Clustered by seq (keys arrive in file order), so the import reads each chunk's keys as one range.
CREATE TABLE person_keys (seq INTEGER NOT NULL, person INTEGER NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL,
  PRIMARY KEY (seq, person, kind, value)) WITHOUT ROWID;
CREATE TABLE person_matches (person INTEGER NOT NULL, other INTEGER NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL, seq INTEGER NOT NULL);
-- Name words SQL cannot split safely (a name with a control character); all others come from signatures.
CREATE TABLE terms (term TEXT NOT NULL, person INTEGER NOT NULL);
-- Each distinct delivery/payment text of the file and its alias key (aliasKey), for the ledger's orders.
CREATE TABLE alias_keys (value TEXT PRIMARY KEY, key TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE issues (line INTEGER NOT NULL, column_name TEXT NOT NULL, reason TEXT NOT NULL, value TEXT NOT NULL, severity TEXT NOT NULL);
`;

/** Columns of each stage table as the writer sends them (JSON arrays, one per row). */
export const STAGE_COLUMNS = {
  rows: [
    'seq',
    'line',
    'external_id',
    'ordered_at',
    'buyer',
    'match',
    'match_seq',
    'consignee',
    'consignee_match',
    'consignee_match_seq',
    'buyer_name',
    'buyer_phone',
    'buyer_email',
    'consignee_name',
    'consignee_phone',
    'address',
    'delivery',
    'payment',
    'address_words',
  ],
  persons: ['person', 'name', 'signature', 'seq'],
  renames: ['person', 'name', 'signature'],
  person_keys: ['seq', 'person', 'kind', 'value'],
  person_matches: ['person', 'other', 'kind', 'value', 'seq'],
  terms: ['term', 'person'],
  alias_keys: ['value', 'key'],
  issues: ['line', 'column_name', 'reason', 'value', 'severity'],
} as const;
export type StageTable = keyof typeof STAGE_COLUMNS;
