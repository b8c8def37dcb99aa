import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTeamDatabase, type TeamDatabase } from '../support/teamDatabase';
import { startTestApp, type TestApp } from '../support/testContext';

interface Column {
  name: string;
  kind: string;
  nullable: boolean;
}

/** Tables whose repositories are converted: the same columns on both engines, exactly. */
const CONVERTED = ['correspondence_settings'];
/** Tables the team schema has already but whose repositories are not converted: no column SQLite lacks. */
const PRESENT = ['organisations', 'audit_log'];
/** Columns only a server needs (docs/team-mode.md). */
const TEAM_ONLY: Record<string, string[]> = { audit_log: ['organisation_id', 'xact'] };

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

  it.each(CONVERTED)('%s has the same columns, types and NULL rules', async (table) => {
    expect(await postgresColumns(table)).toEqual(await sqliteColumns(table));
  });

  it.each(PRESENT)('%s has no column that SQLite lacks', async (table) => {
    const onSqlite = new Map((await sqliteColumns(table)).map((c) => [c.name, c]));
    for (const column of await postgresColumns(table)) expect(onSqlite.get(column.name)).toEqual(column);
  });
});
