import type { Queryable } from '../connection';
import { sortKey } from '../../../shared/format/sortKey';

/**
 * Team mode, conversion step 3 (docs/team-mode.md §12): the recipient register's portable sort key.
 *
 * `recipients.legal_name_key` is the legal name lower-cased by the app (every alphabet, unlike
 * SQLite's NOCASE, which folds ASCII only), compared byte by byte on both engines (BINARY here,
 * "C" on PostgreSQL), so the register is ordered alike in both modes and on any server. Filled
 * below for existing rows.
 */
export const migration0017 = `
ALTER TABLE recipients ADD COLUMN legal_name_key TEXT NOT NULL DEFAULT '';
CREATE INDEX recipients_by_org_name_key ON recipients (organisation_id, archived_at, legal_name_key, id);
`;

/** Fills the sort keys SQL cannot compute (Unicode lower case), one statement for all rows. */
export const migration0017Data = async (tx: Queryable): Promise<void> => {
  const rows = await tx.all<{ id: number; legal_name: string }>('SELECT id, legal_name FROM recipients');
  if (rows.length === 0) return;
  await tx.run(
    `UPDATE recipients SET legal_name_key = x.value ->> 1
     FROM json_each(:rows) AS x WHERE recipients.id = x.value ->> 0`,
    { rows: JSON.stringify(rows.map((r) => [r.id, sortKey(r.legal_name)])) },
  );
};
