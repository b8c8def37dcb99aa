import type pg from 'pg';
import { NewerDatabaseError } from '../migrations';
import { postgres0001 } from './migrations/0001_team_foundation';
import { postgres0002 } from './migrations/0002_first_tables';
import { postgres0003 } from './migrations/0003_audit_chain';
import { postgres0004 } from './migrations/0004_organisations';
import { postgres0005 } from './migrations/0005_calendars_recipients';
import { postgres0006 } from './migrations/0006_correspondence';

export interface PostgresMigration {
  version: number;
  name: string;
  sql: string;
}

/** Append-only, like the SQLite list; tracked in cd_schema_version. */
export const postgresMigrations: readonly PostgresMigration[] = [
  { version: 1, name: 'team foundation', sql: postgres0001 },
  { version: 2, name: 'organisations, audit trail, correspondence settings', sql: postgres0002 },
  { version: 3, name: 'audit chain reads', sql: postgres0003 },
  { version: 4, name: 'organisations; recipients table', sql: postgres0004 },
  { version: 5, name: 'working calendars; recipient register', sql: postgres0005 },
  { version: 6, name: 'correspondence register', sql: postgres0006 },
];

const LOCK = "SELECT pg_advisory_xact_lock(hashtext('compliance-desk:migrate'))";

/** The schema version of a team database (0 when it has none yet); any role may read it. */
export const postgresSchemaVersion = async (client: pg.ClientBase): Promise<number> => {
  const table = await client.query<{ exists: boolean }>(
    "SELECT to_regclass('cd_schema_version') IS NOT NULL AS exists",
  );
  if (!table.rows[0]?.exists) return 0;
  const row = await client.query<{ version: number | null }>(
    'SELECT max(version) AS version FROM cd_schema_version',
  );
  return row.rows[0]?.version ?? 0;
};

/**
 * Brings a team database up to date in one transaction, under an advisory lock so two
 * administrators (or two test workers) cannot migrate at once. Run with the administrator's
 * connection: the app's users have no right to change the schema. A database written by a newer
 * app is refused, as on SQLite.
 */
export const migratePostgres = async (
  client: pg.ClientBase,
  list: readonly PostgresMigration[] = postgresMigrations,
): Promise<number> => {
  const latest = list[list.length - 1]?.version ?? 0;
  await client.query('BEGIN');
  try {
    await client.query(LOCK);
    await client.query(`CREATE TABLE IF NOT EXISTS cd_schema_version (
      version integer PRIMARY KEY, name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now(), applied_by name NOT NULL DEFAULT session_user)`);
    await client.query('GRANT SELECT ON cd_schema_version TO PUBLIC');
    const current = await postgresSchemaVersion(client);
    if (current > latest) throw new NewerDatabaseError(current, latest);
    for (const m of list.filter((x) => x.version > current)) {
      await client.query(m.sql);
      await client.query('INSERT INTO cd_schema_version (version, name) VALUES ($1, $2)', [
        m.version,
        m.name,
      ]);
    }
    await client.query('COMMIT');
    return latest;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
};
