import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Database } from '../../electron/db/database';
import { latestSchemaVersion, migrate, migrations } from '../../electron/db/migrations';
import { searchSubjects } from '../../electron/services/subjectSearch';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cd-mig13-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

/** A database as the app before migration 13 left it: user_version only, no record of each migration. */
const legacy = async (upTo: number) => {
  const db = await Database.open(join(dir, `v${upTo}.sqlite`));
  await migrate(db, { list: migrations.filter((m) => m.version <= upTo && m.version !== 13) });
  await db.exec('DROP TABLE schema_migrations');
  return db;
};

const ledger = `
  INSERT INTO organisations (id, name, registration_number, jurisdiction, created_at, updated_at)
    VALUES (1, 'Магазин', '1', 'KG', 'x', 'x');
  INSERT INTO imports (id, organisation_id, file_name, file_sha256, file_size, preset, source, encoding, status, started_at, actor_os, actor_person)
    VALUES (1, 1, 'a.csv', '', 0, 'bitrix', 'bitrix', 'utf8', 'completed', 'x', 'os', '');
  INSERT INTO subjects (id, organisation_id, full_name, name_key, created_at) VALUES
    (1, 1, 'Асанов Бакыт', 'асанов бакыт', 'x'), (2, 1, 'Асанова Айгуль', 'айгуль асанова', 'x'),
    (3, 1, 'Бакыт Асанов', 'асанов бакыт', 'x');
  UPDATE subjects SET merged_into = 1 WHERE id = 3;
  INSERT INTO orders (id, organisation_id, source, external_id, subject_id, consignee_id, address, import_id, line)
    VALUES (1, 1, 'bitrix', '501', 1, 2, 'г. Бишкек, ул. Киевская, 12', 1, 2);
  INSERT INTO subject_terms (organisation_id, term, subject_id) VALUES
    (1, 'асанов', 1), (1, 'бакыт', 1), (1, 'асанова', 2), (1, 'айгуль', 2), (1, 'асанов', 3), (1, 'бакыт', 3);
  INSERT INTO address_terms (organisation_id, term, order_id) VALUES (1, 'бишкек', 1), (1, 'киевская', 1), (1, '12', 1);
`;

const ids = async (db: Database, text: string) =>
  (await searchSubjects(db, 1, async () => 'KG', text, { offset: 0, limit: 10 })).items.map((s) => s.id);

describe('migration 13 (address words per subject) and migrations recorded one by one', () => {
  it('runs on a database already at version 14: address words move to the buyer and the consignee, merged subjects lose their terms', async () => {
    const db = await legacy(14);
    await db.exec(ledger);
    expect(await db.userVersion()).toBe(14);
    await migrate(db);
    expect(await db.userVersion()).toBe(latestSchemaVersion);
    expect(await db.get("SELECT 1 AS x FROM sqlite_master WHERE name = 'address_terms'")).toBeUndefined();
    expect(
      await db.all(
        'SELECT term, subject_id FROM subject_terms WHERE term IN (:a, :b) ORDER BY term, subject_id',
        {
          a: 'киевская',
          b: '12',
        },
      ),
    ).toEqual([
      { term: '12', subject_id: 1 },
      { term: '12', subject_id: 2 },
      { term: 'киевская', subject_id: 1 },
      { term: 'киевская', subject_id: 2 },
    ]);
    expect(await db.all('SELECT term FROM subject_terms WHERE subject_id = 3')).toEqual([]);
    expect(await ids(db, 'киевская')).toEqual([1, 2]);
    expect(await ids(db, 'асанов бакыт')).toEqual([1]);
    const recorded = await db.all<{ version: number }>(
      'SELECT version FROM schema_migrations ORDER BY version',
    );
    expect(recorded.map((r) => r.version)).toEqual(migrations.map((m) => m.version));
    expect(await migrate(db)).toBe(latestSchemaVersion); // nothing left to run
    await db.close();
  });

  it('runs in order on an older database (11: then 13 and 14), and once only', async () => {
    const db = await legacy(11);
    await db.exec(ledger);
    await migrate(db);
    expect(await db.userVersion()).toBe(latestSchemaVersion);
    expect(await ids(db, 'бишкек')).toEqual([1, 2]);
    const before = await db.all('SELECT * FROM subject_terms ORDER BY 1, 2, 3');
    await migrate(db);
    expect(await db.all('SELECT * FROM subject_terms ORDER BY 1, 2, 3')).toEqual(before);
    await db.close();
  });
});
