import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Database } from '../../electron/db/database';
import { latestSchemaVersion, migrate, migrations } from '../../electron/db/migrations';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cd-mig7-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

const columns = async (db: Database, table: string) =>
  (await db.all<{ name: string }>(`PRAGMA table_info(${table})`)).map((c) => c.name);

describe('migration 7 (legal output)', () => {
  it('adds the state registration number, the contract end date and the identity check, keeping old rows', async () => {
    const db = await Database.open(join(dir, 'old.sqlite'));
    await migrate(db, { list: migrations.filter((m) => m.version < 7) });
    await db.run(
      `INSERT INTO organisations (name, registration_number, jurisdiction, created_at, updated_at)
       VALUES ('Старый магазин', '02311201910245', 'KG', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
    );
    await migrate(db);
    expect(await columns(db, 'organisations')).toContain('state_registration_number');
    expect(await columns(db, 'recipients')).toContain('contract_end_date');
    expect(await columns(db, 'correspondence_items')).toContain('identity_verification');
    expect(await db.get('SELECT name, state_registration_number FROM organisations')).toEqual({
      name: 'Старый магазин',
      state_registration_number: '',
    });
    await db.close();
  });
});

describe('the migration chain', () => {
  it('brings a database of every earlier version to the latest in one transaction, and a later migration may still add columns', async () => {
    const alterAfter = {
      version: latestSchemaVersion + 1,
      name: 'a later migration adding columns',
      sql: 'ALTER TABLE recipients ADD COLUMN later_one TEXT; ALTER TABLE organisations ADD COLUMN later_two TEXT;',
    };
    for (const from of [0, ...migrations.map((m) => m.version)]) {
      const db = await Database.open(join(dir, `from-${from}.sqlite`));
      if (from > 0) await migrate(db, { list: migrations.filter((m) => m.version <= from) });
      await migrate(db, { list: [...migrations, alterAfter] });
      expect(await db.userVersion()).toBe(alterAfter.version);
      expect(await columns(db, 'organisations')).toContain('later_two');
      await db.close();
    }
  });
});
