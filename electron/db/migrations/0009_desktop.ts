/**
 * Desktop experience: why a recipient was archived (asked when archiving), one row per archived
 * recipient, read with the recipient (and so in its audited snapshot). A table of its own rather than
 * a column: SQLite refuses ALTER TABLE in the transaction where migration 6 dropped its FTS5 table,
 * and every migration from zero runs in one transaction.
 */
export const migration0009 = `
CREATE TABLE recipient_archive_reasons (
  recipient_id INTEGER PRIMARY KEY REFERENCES recipients(id),
  reason TEXT NOT NULL
);
`;
