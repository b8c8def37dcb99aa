import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Database } from '../../electron/db/database';
import { migrate, migrations } from '../../electron/db/migrations';
import { searchSubjects } from '../../electron/services/subjectSearch';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cd-mig6-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

/** A ledger as migration 4 left it: an import, a subject with keys, an order with a transfer, a claim. */
const seedV4 = async (db: Database) => {
  await migrate(db, { list: migrations.filter((m) => m.version <= 4) });
  await db.exec(`
    INSERT INTO organisations (id, name, registration_number, jurisdiction, created_at, updated_at) VALUES (1, 'Магазин', '1', 'KG', 'x', 'x');
    INSERT INTO recipients (id, organisation_id, type, legal_name, country, role, legal_basis, purposes, created_at, updated_at)
      VALUES (1, 1, 'courier', 'СДЭК', 'KG', 'processor', 'contract', 'доставка', 'x', 'x');
    INSERT INTO imports (id, organisation_id, file_name, file_sha256, file_size, preset, source, encoding, status, started_at, actor_os, actor_person)
      VALUES (1, 1, 'old.csv', 'abc', 10, 'bitrix', 'bitrix', 'utf8', 'completed', 'x', 'os', '');
    INSERT INTO subjects (id, organisation_id, full_name, name_key, address, import_id, created_at)
      VALUES (7, 1, 'Асанова Айгүл Ёлдошевна', 'асанова айгүл ёлдошевна', 'г. Ош', 1, 'x');
    INSERT INTO subject_keys (organisation_id, kind, value, subject_id, import_id) VALUES (1, 'phone', '+996555123456', 7, 1), (1, 'email', 'aigul@mail.kg', 7, 1);
    INSERT INTO subjects_search (rowid, text) VALUES (7, 'асанова айгүл');
    INSERT INTO orders (id, organisation_id, source, external_id, subject_id, ordered_at, delivery_method, delivery_key, address, import_id, line)
      VALUES (3, 1, 'bitrix', '1001', 7, '2025-01-15T10:00:00', 'СДЭК', 'сдэк', 'г. Ош, ул. Курманжан Датка, 5', 1, 2);
    INSERT INTO transfers (order_id, recipient_id, basis, transferred_on) VALUES (3, 1, 'delivery', '2025-01-15');
    INSERT INTO import_rejections (import_id, line, reason, severity) VALUES (1, 9, 'import.noIdentity', 'error');
  `);
};

describe('migration 6 (ledger identity)', () => {
  it('keeps an existing ledger with all its data and makes it searchable by the new terms', async () => {
    const db = await Database.open(join(dir, 'v4.sqlite'));
    await seedV4(db);
    await migrate(db);
    expect(await db.userVersion()).toBe(migrations[migrations.length - 1]?.version);
    expect(await db.get('SELECT full_name, merged_into, origin FROM subjects WHERE id = 7')).toEqual({
      full_name: 'Асанова Айгүл Ёлдошевна',
      merged_into: null,
      origin: 'import',
    });
    expect(await db.all('SELECT kind, value, subject_id FROM subject_keys ORDER BY kind')).toEqual([
      { kind: 'email', value: 'aigul@mail.kg', subject_id: 7 },
      { kind: 'phone', value: '+996555123456', subject_id: 7 },
    ]);
    expect(await db.get('SELECT id, external_id, subject_id, match, address FROM orders')).toEqual({
      id: 3,
      external_id: '1001',
      subject_id: 7,
      match: null,
      address: 'г. Ош, ул. Курманжан Датка, 5',
    });
    expect(await db.all('SELECT order_id, recipient_id FROM transfers')).toEqual([
      { order_id: 3, recipient_id: 1 },
    ]);
    expect(await db.all('SELECT line, severity FROM import_rejections')).toEqual([
      { line: 9, severity: 'error' },
    ]);
    // Name words (Ё = Е, Kyrgyz letters kept), phone tails and address words were indexed.
    for (const q of ['елдошевна', 'айгүл асан', '3456', '0555 123 456', 'aigul@', 'курманжан', '1001'])
      expect(
        (await searchSubjects(db, 1, async () => 'KG', q, { offset: 0, limit: 10 })).items.map((s) => s.id),
      ).toEqual([7]);
    expect(await db.get("SELECT name FROM sqlite_master WHERE name = 'subjects_search'")).toBeUndefined();
    expect(await db.all('PRAGMA foreign_key_check')).toEqual([]);
    await db.close();
  });
});
