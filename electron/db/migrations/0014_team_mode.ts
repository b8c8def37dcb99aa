import type { Queryable } from '../connection';
import { sortKey } from '../../../shared/format/sortKey';

/**
 * Team mode's columns on SQLite, so that both engines have the same tables (docs/team-mode.md §3):
 *
 * - `audit_log.organisation_id`: whose register an entry belongs to (in team mode: who may read it).
 *   Not part of the hashed content, so the chain and every seal stay valid. Existing entries get it
 *   from the record they describe; app-wide entries (settings, backups, calendars, the trail itself)
 *   keep NULL. The append-only trigger is lifted for that one UPDATE, in this transaction.
 * - `organisations.name_key`: the name lower-cased by the app (every alphabet, unlike SQLite's
 *   lower() and NOCASE), the list's order on both engines. Filled below for existing rows.
 */
export const migration0014 = `
ALTER TABLE audit_log ADD COLUMN organisation_id INTEGER REFERENCES organisations(id);
DROP TRIGGER audit_log_no_update;
UPDATE audit_log SET organisation_id = CASE entity
  WHEN 'organisation' THEN entity_id
  WHEN 'correspondenceSettings' THEN entity_id
  WHEN 'recipientAlias' THEN entity_id
  WHEN 'recipient' THEN (SELECT organisation_id FROM recipients WHERE id = audit_log.entity_id)
  WHEN 'import' THEN (SELECT organisation_id FROM imports WHERE id = audit_log.entity_id)
  WHEN 'subject' THEN (SELECT organisation_id FROM subjects WHERE id = audit_log.entity_id)
  WHEN 'possibleMatch' THEN (SELECT organisation_id FROM possible_matches WHERE id = audit_log.entity_id)
  WHEN 'correspondenceItem' THEN (SELECT organisation_id FROM correspondence_items WHERE id = audit_log.entity_id)
  WHEN 'correspondenceAnswer' THEN (SELECT organisation_id FROM correspondence_answers WHERE id = audit_log.entity_id)
  WHEN 'subjectBlock' THEN (SELECT organisation_id FROM subject_blocks WHERE id = audit_log.entity_id)
  WHEN 'breachIncident' THEN (SELECT organisation_id FROM breach_incidents WHERE id = audit_log.entity_id)
  WHEN 'breachNotification' THEN (SELECT i.organisation_id FROM breach_notifications n
    JOIN breach_incidents i ON i.id = n.incident_id WHERE n.id = audit_log.entity_id)
END;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE INDEX audit_by_organisation ON audit_log (organisation_id, id);
ALTER TABLE organisations ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
CREATE INDEX organisations_by_name ON organisations (name_key, id);
`;

/** Fills the sort keys SQL cannot compute (Unicode lower case). */
export const migration0014Data = async (tx: Queryable): Promise<void> => {
  const rows = await tx.all<{ id: number; name: string }>('SELECT id, name FROM organisations');
  for (const row of rows)
    await tx.run('UPDATE organisations SET name_key = :key WHERE id = :id', {
      id: row.id,
      key: sortKey(row.name),
    });
};
