/**
 * The privacy policy as the source of obligations: versions of each organisation's policy (the
 * loaded text is never edited; a confirmed version is frozen), the purposes of recipients read with
 * the policy's vocabulary, the policy version an answer cited, and KG transfer notices to subjects
 * (Government Decree No. 759) with the persons each batch was printed for.
 */
export const migration0010 = `
CREATE TABLE policy_versions (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  seq INTEGER NOT NULL,
  effective_date TEXT NOT NULL,
  title TEXT NOT NULL,
  source_kind TEXT NOT NULL CHECK (source_kind IN ('txt', 'md', 'docx', 'html', 'pdf', 'pasted')),
  file_name TEXT NOT NULL DEFAULT '',
  -- of the file's bytes (of the UTF-8 text when pasted)
  source_sha256 TEXT NOT NULL,
  source_size INTEGER NOT NULL,
  text TEXT NOT NULL,
  loaded_at TEXT NOT NULL,
  loaded_by_os TEXT NOT NULL,
  loaded_by_person TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'confirmed', 'withdrawn')),
  -- JSON: the clause split (offsets into text), parse warnings, extracted facts, unrecognised items
  clauses TEXT NOT NULL,
  warnings TEXT NOT NULL,
  facts TEXT NOT NULL,
  unrecognised TEXT NOT NULL,
  confirmed_at TEXT,
  confirmed_by_os TEXT NOT NULL DEFAULT '',
  confirmed_by_person TEXT NOT NULL DEFAULT '',
  -- set when confirmed (shared/policy/registerPolicy.ts): what the register is held against
  register_policy TEXT,
  register_kinds TEXT NOT NULL DEFAULT '[]',
  register_state_country TEXT,
  register_data TEXT NOT NULL DEFAULT '[]',
  register_purposes TEXT NOT NULL DEFAULT '[]',
  register_consent TEXT NOT NULL DEFAULT '[]',
  updated_at TEXT NOT NULL,
  UNIQUE (organisation_id, seq)
);
CREATE INDEX policy_versions_in_force ON policy_versions (organisation_id, status, effective_date, id);

-- The loaded text and its provenance are never edited.
CREATE TRIGGER policy_versions_source_fixed BEFORE UPDATE ON policy_versions
WHEN NEW.text IS NOT OLD.text OR NEW.source_sha256 IS NOT OLD.source_sha256
  OR NEW.source_size IS NOT OLD.source_size OR NEW.file_name IS NOT OLD.file_name
  OR NEW.source_kind IS NOT OLD.source_kind OR NEW.effective_date IS NOT OLD.effective_date
  OR NEW.title IS NOT OLD.title OR NEW.loaded_at IS NOT OLD.loaded_at
  OR NEW.loaded_by_os IS NOT OLD.loaded_by_os OR NEW.loaded_by_person IS NOT OLD.loaded_by_person
  OR NEW.organisation_id IS NOT OLD.organisation_id OR NEW.seq IS NOT OLD.seq
BEGIN SELECT RAISE(ABORT, 'a loaded policy version is never edited'); END;
-- Only a draft changes (its clause split and the officer's decisions on facts).
CREATE TRIGGER policy_versions_frozen BEFORE UPDATE ON policy_versions WHEN OLD.status <> 'draft'
BEGIN SELECT RAISE(ABORT, 'a confirmed or withdrawn policy version is frozen'); END;
CREATE TRIGGER policy_versions_no_delete BEFORE DELETE ON policy_versions
BEGIN SELECT RAISE(ABORT, 'policy versions are evidence'); END;

-- JSON PurposeKind[] read from purposes when a recipient is saved; NULL until then.
ALTER TABLE recipients ADD COLUMN purpose_kinds TEXT;

-- The policy version an answer's template cited (kept when the answer is sent and frozen).
ALTER TABLE correspondence_answers ADD COLUMN policy_version_id INTEGER REFERENCES policy_versions(id);

CREATE TABLE transfer_notice_batches (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER NOT NULL REFERENCES organisations(id),
  recipient_id INTEGER NOT NULL REFERENCES recipients(id),
  from_date TEXT NOT NULL DEFAULT '',
  to_date TEXT NOT NULL DEFAULT '',
  policy_version_id INTEGER REFERENCES policy_versions(id),
  subjects INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('prepared', 'sent')),
  pdf_sha256 TEXT,
  pdf_size INTEGER,
  sent_date TEXT,
  sent_method TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  sent_at TEXT
);
CREATE INDEX transfer_notice_batches_by_recipient ON transfer_notice_batches (recipient_id, id);
CREATE TRIGGER transfer_notice_batches_sent BEFORE UPDATE ON transfer_notice_batches WHEN OLD.status = 'sent'
BEGIN SELECT RAISE(ABORT, 'a sent notice batch is frozen'); END;
CREATE TRIGGER transfer_notice_batches_no_delete BEFORE DELETE ON transfer_notice_batches
BEGIN SELECT RAISE(ABORT, 'notice batches are evidence'); END;

CREATE TABLE transfer_notice_subjects (
  batch_id INTEGER NOT NULL REFERENCES transfer_notice_batches(id),
  subject_id INTEGER NOT NULL REFERENCES subjects(id),
  PRIMARY KEY (batch_id, subject_id)
) WITHOUT ROWID;
-- Deleting subjects (an import's clean-up) looks up the batches that name them.
CREATE INDEX transfer_notice_subjects_by_subject ON transfer_notice_subjects (subject_id);
CREATE TRIGGER transfer_notice_subjects_no_delete BEFORE DELETE ON transfer_notice_subjects
BEGIN SELECT RAISE(ABORT, 'notice batches are evidence'); END;
CREATE TRIGGER transfer_notice_subjects_no_update BEFORE UPDATE ON transfer_notice_subjects
BEGIN SELECT RAISE(ABORT, 'notice batches are evidence'); END;
`;
