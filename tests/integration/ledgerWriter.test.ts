import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OrderRow } from '../../shared/imports/fields';
import { aliasKey } from '../../shared/ledger/aliasKey';
import { removeImportData } from '../../electron/db/repositories/ledgerRepository';
import { writeLedgerBatch, type LedgerTarget } from '../../electron/imports/ledgerWriter';
import { kgOrganisation, recipientInput } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/testContext';

let app: TestApp;
let orgId: number;
let courierId: number;
let bankId: number;

const row = (
  line: number,
  id: string,
  over: Partial<OrderRow['buyer']> = {},
  extra: Partial<OrderRow> = {},
): OrderRow => ({
  line,
  externalOrderId: id,
  orderDate: '2026-03-0' + ((line % 9) + 1) + 'T10:00:00',
  buyer: { fullName: 'Асанов Бакыт', phone: '+996555123456', email: 'bakyt@example.kg', ...over },
  consignee: null,
  address: { line: 'ул. Киевская, 1', city: 'Бишкек', country: 'KG' },
  deliveryMethod: 'СДЭК',
  paymentMethod: 'Optima Bank',
  ...extra,
});

const newImport = async (): Promise<LedgerTarget> => {
  const { lastID } = await app.ctx.db.run(
    `INSERT INTO imports (organisation_id, file_name, file_sha256, file_size, preset, source, encoding, status, started_at, actor_os, actor_person)
     VALUES (:orgId, 'orders.csv', 'abc', 1, 'bitrix', 'bitrix', 'cp1251', 'running', 'now', 'os', '')`,
    { orgId },
  );
  return { organisationId: orgId, importId: lastID, source: 'bitrix', createdAt: '2026-11-22T10:00:00Z' };
};

const write = (target: LedgerTarget, rows: OrderRow[], seen = new Set<string>()) =>
  app.ctx.db.transaction((tx) => writeLedgerBatch(tx, target, rows, seen));

beforeEach(async () => {
  app = await startTestApp();
  orgId = (await app.ok('organisations:create', kgOrganisation)).id;
  courierId = (await app.ok('recipients:create', recipientInput(orgId, { legalName: 'СДЭК' }))).id;
  bankId = (await app.ok('recipients:create', recipientInput(orgId, { legalName: 'Оптима', type: 'bank' })))
    .id;
  for (const [field, value, recipient] of [
    ['delivery', '«СДЭК»', courierId],
    ['payment', 'OPTIMA bank', bankId],
    ['payment', 'Наличные', null],
  ] as const) {
    await app.ctx.db.run(
      `INSERT INTO recipient_aliases (organisation_id, field, value_key, value, recipient_id, updated_at) VALUES (:orgId, :field, :key, :value, :recipient, 'now')`,
      { orgId, field, key: aliasKey(value), value, recipient },
    );
  }
});
afterEach(async () => app.close());

const count = async (table: string) =>
  (await app.ctx.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))?.n;

describe('ledger writer', () => {
  it('merges rows of one person by phone or e-mail and creates transfers from the aliases', async () => {
    const target = await newImport();
    const { counts } = await write(target, [
      row(2, 'A-1'),
      row(3, 'A-2', { email: null }), // same phone
      row(4, 'A-3', { phone: null, email: 'BAKYT@example.kg'.toLowerCase() }), // same e-mail
      row(
        5,
        'A-4',
        { phone: '+996700000001', email: 'aigul@example.kg', fullName: 'Айгүл Өмүрова' },
        { paymentMethod: 'Наличные' },
      ),
    ]);
    expect(counts).toMatchObject({ imported: 4, duplicates: 0, subjectsCreated: 2, transfersCreated: 7 });
    expect(await count('subjects')).toBe(2);
    const recipients = await app.ctx.db.all<{ recipient_id: number; n: number }>(
      'SELECT recipient_id, COUNT(*) AS n FROM transfers GROUP BY recipient_id ORDER BY recipient_id',
    );
    expect(recipients).toEqual([
      { recipient_id: courierId, n: 4 },
      { recipient_id: bankId, n: 3 },
    ]);
  });

  it('skips orders already in the ledger and repeated within the file', async () => {
    const first = await newImport();
    await write(first, [row(2, 'A-1'), row(3, 'A-2')]);
    const second = await newImport();
    const { counts } = await write(second, [row(2, 'A-2'), row(3, 'A-3'), row(4, 'A-3')]);
    expect(counts).toMatchObject({ imported: 1, duplicates: 2, subjectsCreated: 0 });
    expect(await count('orders')).toBe(3);
  });

  it('does not merge two known persons: the earlier wins and the conflict is a warning', async () => {
    const target = await newImport();
    await write(target, [
      row(2, 'A-1', { email: null }),
      row(3, 'A-2', { phone: '+996700111222', email: 'other@example.kg' }),
    ]);
    const { counts, warnings } = await write(
      target,
      [row(4, 'A-3', { phone: '+996555123456', email: 'other@example.kg' })],
      new Set(['A-1', 'A-2']),
    );
    expect(counts.warnings).toBe(1);
    expect(warnings[0]).toMatchObject({ line: 4, reason: 'import.identityConflict' });
    const owner = await app.ctx.db.get<{ subject_id: number }>(
      "SELECT subject_id FROM orders WHERE external_id = 'A-3'",
    );
    const first = await app.ctx.db.get<{ subject_id: number }>(
      "SELECT subject_id FROM orders WHERE external_id = 'A-1'",
    );
    expect(owner?.subject_id).toBe(first?.subject_id);
  });

  it('finds subjects by a fragment of name, phone or e-mail through the trigram index', async () => {
    const target = await newImport();
    await write(target, [
      row(2, 'A-1'),
      row(3, 'A-2', { phone: '+77011234567', email: 'nurlan@jetu.kz', fullName: 'Нұрлан Әбенов' }),
    ]);
    const search = async (q: string) =>
      (
        await app.ctx.db.all<{ rowid: number }>(
          'SELECT rowid FROM subjects_search WHERE subjects_search MATCH :q',
          { q: `"${q}"` },
        )
      ).length;
    expect(await search('123456')).toBe(2);
    expect(await search('nurlan@')).toBe(1);
    expect(await search('әбен')).toBe(1);
  });

  it('removes every trace of an unfinished import, keeping subjects and keys from earlier imports', async () => {
    const first = await newImport();
    await write(first, [row(2, 'A-1', { email: null })]);
    const before = {
      subjects: await count('subjects'),
      keys: await count('subject_keys'),
      transfers: await count('transfers'),
    };
    const second = await newImport();
    await write(second, [
      row(2, 'B-1', { email: 'bakyt@example.kg' }),
      row(3, 'B-2', { phone: '+996777000111', email: 'x@y.kg' }),
    ]);
    await app.ctx.db.transaction((tx) => removeImportData(tx, second.importId));
    expect({
      subjects: await count('subjects'),
      keys: await count('subject_keys'),
      transfers: await count('transfers'),
    }).toEqual(before);
    expect(await count('orders')).toBe(1);
    expect(
      await app.ctx.db.get('SELECT id FROM imports WHERE id = :id', { id: second.importId }),
    ).toBeUndefined();
    const hits = await app.ctx.db.all(
      'SELECT rowid FROM subjects_search WHERE subjects_search MATCH \'"bakyt@"\'',
    );
    expect(hits).toEqual([]);
  });
});
