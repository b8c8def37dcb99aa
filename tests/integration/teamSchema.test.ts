import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTeamDatabase, type TeamDatabase } from '../support/teamDatabase';
import { startTestApp, type TestApp } from '../support/testContext';

interface Column {
  name: string;
  kind: string;
  nullable: boolean;
}

/** Columns only a server needs (docs/team-mode.md). */
const TEAM_ONLY: Record<string, string[]> = { audit_log: ['xact'] };

/**
 * Search structures each engine builds its own way (§6): SQLite's FTS5 table (rowid = item id), the
 * same text on PostgreSQL in a table keyed by the item with a pg_trgm index.
 */
const SEARCH_TABLES: Record<string, string[]> = { correspondence_search: ['item_id', 'text'] };

const kindOf = (type: string): string =>
  /int/i.test(type) ? 'integer' : /text|char/i.test(type) ? 'text' : type;

describe.skipIf(inject('postgres') === null)('the team schema against the SQLite schema', () => {
  let app: TestApp;
  let team: TeamDatabase;
  beforeAll(async () => {
    app = await startTestApp();
    team = await createTeamDatabase();
  });
  afterAll(async () => {
    await app.close();
    await team.drop();
  });

  const sqliteColumns = async (table: string): Promise<Column[]> =>
    (
      await app.ctx.db.all<{ name: string; type: string; notnull: number; pk: number }>(
        `SELECT name, type, "notnull", pk FROM pragma_table_info('${table}') ORDER BY name`,
      )
    ).map((c) => ({ name: c.name, kind: kindOf(c.type), nullable: c.notnull === 0 && c.pk === 0 }));

  const postgresColumns = async (table: string): Promise<Column[]> =>
    (
      await team.admin.query<{ name: string; type: string; nullable: string }>(
        `SELECT column_name AS name, data_type AS type, is_nullable AS nullable FROM information_schema.columns
         WHERE table_schema = 'public' AND table_name = $1 ORDER BY column_name`,
        [table],
      )
    ).rows
      .filter((c) => !(TEAM_ONLY[table] ?? []).includes(c.name))
      .map((c) => ({ name: c.name, kind: kindOf(c.type), nullable: c.nullable === 'YES' }));

  it('has every register table of the team schema with SQLite’s columns, types and NULL rules', async () => {
    // The server's own tables (roles, grants, counters, the chain's head) are named cd_*.
    const tables = (
      await team.admin.query<{ name: string }>(
        `SELECT table_name AS name FROM information_schema.tables
         WHERE table_schema = 'public' AND table_name NOT LIKE 'cd\\_%' ORDER BY table_name`,
      )
    ).rows.map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['audit_log', 'correspondence_settings', 'organisations']));
    for (const [table, columns] of Object.entries(SEARCH_TABLES))
      expect((await postgresColumns(table)).map((c) => c.name)).toEqual(columns);
    for (const table of tables.filter((t) => !(t in SEARCH_TABLES)))
      expect({ table, columns: await postgresColumns(table) }).toEqual({
        table,
        columns: await sqliteColumns(table),
      });
  });
});
