import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, appPaths } from '../../electron/bootstrap';
import { Database } from '../../electron/db/database';
import { NewerDatabaseError, latestSchemaVersion, migrate, migrations } from '../../electron/db/migrations';
import { fixedClock } from '../support/testContext';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cd-mig-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const tables = async (db: Database) =>
  (await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")).map(
    (r) => r.name,
  );

describe('migrations', () => {
  it('builds the schema from migration zero and records the version', async () => {
    const db = await Database.open(join(dir, 'a.sqlite'));
    expect(await db.userVersion()).toBe(0);
    expect(await migrate(db)).toBe(latestSchemaVersion);
    expect(await db.userVersion()).toBe(latestSchemaVersion);
    expect(await tables(db)).toEqual(expect.arrayContaining(['organisations', 'recipients', 'audit_log']));
    expect(await migrate(db)).toBe(latestSchemaVersion); // idempotent
    await db.close();
  });

  it('migration 1 enables WAL and foreign keys on the connection', async () => {
    const db = await Database.open(join(dir, 'a.sqlite'));
    await migrate(db);
    expect((await db.get<{ journal_mode: string }>('PRAGMA journal_mode'))?.journal_mode).toBe('wal');
    await expect(
      db.run(
        `INSERT INTO recipients (organisation_id, type, legal_name, country, role, legal_basis, purposes, created_at, updated_at)
         VALUES (999, 'courier', 'x', 'KG', 'processor', 'contract', 'p', 'now', 'now')`,
      ),
    ).rejects.toThrow(/FOREIGN KEY/);
    await db.close();
  });

  it('refuses a database written by a newer app version', async () => {
    const file = join(dir, 'newer.sqlite');
    const db = await Database.open(file);
    await db.exec('PRAGMA user_version = 99');
    await expect(migrate(db)).rejects.toBeInstanceOf(NewerDatabaseError);
    await expect(migrate(db)).rejects.toThrow(/newer version/);
    await db.close();
  });

  it('runs all pending migrations in one transaction: a failing one leaves nothing behind', async () => {
    const db = await Database.open(join(dir, 'fail.sqlite'));
    const broken = [
      ...migrations,
      {
        version: latestSchemaVersion + 1,
        name: 'broken',
        sql: 'CREATE TABLE x (a); SELECT nope FROM nowhere;',
      },
    ];
    await expect(migrate(db, { list: broken })).rejects.toThrow();
    expect(await db.userVersion()).toBe(0);
    expect(await tables(db)).toEqual([]);
    await db.close();
  });

  it('backs up an existing database before migrating it, and the backup holds the old version', async () => {
    const paths = appPaths(dir, '/nonexistent');
    const clock = fixedClock('2026-11-22T10:00:00Z');
    const first = await openDatabase(paths, clock);
    await first.db.run(
      "INSERT INTO organisations (name, registration_number, jurisdiction, created_at, updated_at) VALUES ('Old', '1', 'KG', 'x', 'x')",
    );
    await first.db.close();
    const next = [
      ...migrations,
      { version: latestSchemaVersion + 1, name: 'next', sql: 'CREATE TABLE extra (a)' },
    ];
    const second = await openDatabase(paths, clock, next);
    expect(await second.db.userVersion()).toBe(latestSchemaVersion + 1);
    await second.db.close();
    const backups = (await readdir(paths.backupsDir)).filter((f) => f.endsWith('-premigration.sqlite'));
    expect(backups).toHaveLength(1);
    const copy = await Database.open(join(paths.backupsDir, backups[0] ?? ''));
    expect(await copy.userVersion()).toBe(latestSchemaVersion);
    expect(await copy.all('SELECT name FROM organisations')).toEqual([{ name: 'Old' }]);
    await copy.close();
  });
});
