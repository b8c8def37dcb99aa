import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ImportLimits } from '../../../electron/context';
import { MemoryIdentityStore } from '../../../electron/imports/stage/identityStore';
import { kgOrganisation, recipientInput } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testContext';
import { importFile } from './importHelpers';

/** Deterministic PRNG (mulberry32). */
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const SURNAMES = ['Асанов', 'Иванов', 'Петров', 'Токтогулов', 'Омуралиев', 'Садыков'];
const NAMES = ['Бакыт', 'Иван', 'Айбек', 'Нурлан', 'Сергей', 'Азамат'];
const PATRONYMICS = ['Иванович', 'Бакытович', 'Сергеевич'];

/**
 * An order file full of what the identity rule decides: a few hundred people whose names come in
 * several forms (fuller, reordered, a surname alone), who share phones and e-mails within families
 * (incompatible names on one key), order for consignees with and without a phone, and repeat order
 * numbers (duplicates). `from` shifts the order numbers, so two files overlap.
 */
const identityFile = (seed: number, rows: number, from: number): string => {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)] as T;
  const nameOf = (p: number) => {
    const surname = SURNAMES[p % SURNAMES.length] as string;
    const name = NAMES[Math.floor(p / 6) % NAMES.length] as string;
    const patronymic = PATRONYMICS[Math.floor(p / 36) % PATRONYMICS.length] as string;
    return pick([`${surname} ${name}`, `${name} ${surname}`, `${surname} ${name} ${patronymic}`, surname]);
  };
  const phoneOf = (p: number) => `+996 555 ${String(100000 + ((p * 7) % 260)).slice(0, 6)}`;
  const lines = [
    'Номер заказа;ФИО;Телефон;E-mail;Адрес доставки;Служба доставки;Получатель;Телефон получателя',
  ];
  for (let i = 0; i < rows; i++) {
    const buyer = Math.floor(rnd() * 300);
    const order = rnd() < 0.03 ? from + Math.floor(rnd() * Math.max(1, i)) : from + i;
    const phone = rnd() < 0.85 ? phoneOf(buyer) : '';
    const email = rnd() < 0.5 ? `b${buyer % 170}@example.kg` : '';
    const consignee = rnd() < 0.25 ? Math.floor(rnd() * 300) : -1;
    const consigneePhone = consignee >= 0 && rnd() < 0.5 ? phoneOf(consignee) : '';
    lines.push(
      [
        order,
        // Some rows name nobody: only the keys say who it is.
        rnd() < 0.05 ? '' : nameOf(buyer),
        phone,
        phone === '' && email === '' ? `x${i}@example.kg` : email,
        `г. Бишкек, ул. ${pick(['Киевская', 'Токтогула'])} ${buyer}`,
        pick(['СДЭК', 'Курьер']),
        consignee >= 0 ? nameOf(consignee) : '',
        consigneePhone,
      ].join(';'),
    );
  }
  return `${lines.join('\n')}\n`;
};

/** The ledger as rows, without times: what two imports of the same files must agree on exactly. */
const ledgerOf = async (app: TestApp) => {
  const dump: Record<string, unknown[]> = {};
  for (const table of [
    'subjects',
    'subject_keys',
    'orders',
    'transfers',
    'possible_matches',
    'import_rejections',
    'subject_terms',
  ]) {
    const columns = (await app.ctx.db.all<{ name: string }>(`PRAGMA table_info(${table})`))
      .map((c) => c.name)
      .filter((c) => !c.endsWith('_at'));
    dump[table] = await app.ctx.db.all(
      `SELECT ${columns.join(', ')} FROM ${table} ORDER BY ${columns.join(', ')}`,
    );
  }
  return dump;
};

let apps: TestApp[] = [];
const closeApps = async () => {
  for (const app of apps) await app.close();
  apps = [];
};
afterEach(closeApps);
afterAll(closeApps);

/** Imports two overlapping identity files into a fresh app under the given bounds. */
const importBoth = async (limits: Partial<ImportLimits> | undefined) => {
  const app = await startTestApp();
  apps.push(app);
  app.ctx.importLimits = limits;
  const orgId = (await app.ok('organisations:create', kgOrganisation)).id;
  const courier = (await app.ok('recipients:create', recipientInput(orgId))).id;
  const counts = [];
  for (const [seed, from] of [
    [7, 1000],
    [8, 2000],
  ] as const) {
    const path = join(app.dir, `orders-${seed}.csv`);
    await writeFile(path, identityFile(seed, 1500, from));
    const { status } = await importFile(app, orgId, path, { СДЭК: courier });
    expect(status.state, JSON.stringify(status.error)).toBe('done');
    counts.push(status.counts);
  }
  return { counts, ledger: await ledgerOf(app) };
};

// Each case imports two files through real workers: seconds each, more on a loaded machine.
const IMPORTS = { timeout: 180_000 };

describe('identity tables beyond the memory bound move to disk and decide exactly as in memory', () => {
  let inMemory: Awaited<ReturnType<typeof importBoth>>;
  beforeAll(async () => {
    inMemory = await importBoth(undefined);
  }, IMPORTS.timeout);

  it('the files exercise the rule: shared keys with other names, consignees, duplicates, renames', () => {
    expect(inMemory.ledger.possible_matches?.length).toBeGreaterThan(20);
    expect(inMemory.counts[0]?.duplicates).toBeGreaterThan(10);
    expect(inMemory.counts[1]?.duplicates).toBeGreaterThan(300);
    expect(inMemory.ledger.transfers?.length).toBeGreaterThan(0);
    expect(inMemory.ledger.orders?.length).toBeGreaterThan(2000);
  });

  it('on disk from the first row, in batches of 7 rows: the same ledger', IMPORTS, async () => {
    const fromStart = await importBoth({ identityMemoryBytes: 0, identityBatchRows: 7 });
    expect(fromStart.counts).toEqual(inMemory.counts);
    expect(fromStart.ledger).toEqual(inMemory.ledger);
  });

  it('on disk from mid-file (what memory held moves to disk): the same ledger', IMPORTS, async () => {
    const midFile = await importBoth({
      identityMemoryBytes: new MemoryIdentityStore().memoryBytes + 3000,
      identityBatchRows: 250,
    });
    expect(midFile.counts).toEqual(inMemory.counts);
    expect(midFile.ledger).toEqual(inMemory.ledger);
  });
});

describe('a re-import whose file repeats orders already in the ledger', () => {
  it('keeps the consignees of its new orders (they are not taken for persons of the repeated orders only)', async () => {
    const app = await startTestApp();
    apps.push(app);
    const orgId = (await app.ok('organisations:create', kgOrganisation)).id;
    const header = 'Номер заказа;ФИО;Телефон;Получатель;Телефон получателя\n';
    const first = join(app.dir, 'first.csv');
    await writeFile(first, `${header}1;Иванов Иван;0555 100 001;;\n`);
    expect((await importFile(app, orgId, first)).status.state).toBe('done');
    const second = join(app.dir, 'second.csv');
    await writeFile(
      second,
      `${header}1;Иванов Иван;0555 100 001;;\n2;Петров Пётр;0555 100 002;Сидорова Анна;\n` +
        `3;Иванов Иван;0555 100 001;Петров Пётр;0555 100 002\n`,
    );
    const { status } = await importFile(app, orgId, second);
    expect(status.state, JSON.stringify(status.error)).toBe('done');
    expect(status.counts).toMatchObject({ imported: 2, duplicates: 1 });
    const orders = await app.ctx.db.all<{ external_id: string; buyer: string; consignee: string | null }>(
      `SELECT o.external_id, b.full_name AS buyer, c.full_name AS consignee FROM orders o
       JOIN subjects b ON b.id = o.subject_id LEFT JOIN subjects c ON c.id = o.consignee_id ORDER BY o.external_id`,
    );
    expect(orders).toEqual([
      { external_id: '1', buyer: 'Иванов Иван', consignee: null },
      { external_id: '2', buyer: 'Петров Пётр', consignee: 'Сидорова Анна' },
      { external_id: '3', buyer: 'Иванов Иван', consignee: 'Петров Пётр' },
    ]);
    // Петров Пётр, buyer of order 2 and consignee of order 3, keeps his phone.
    expect(
      await app.ctx.db.all(
        `SELECT s.full_name, k.value FROM subject_keys k JOIN subjects s ON s.id = k.subject_id ORDER BY k.value`,
      ),
    ).toEqual([
      { full_name: 'Иванов Иван', value: '+996555100001' },
      { full_name: 'Петров Пётр', value: '+996555100002' },
    ]);
    // Order 3 joined Иванов by the phone of order 1, which this file repeats: the explanation points
    // to the order in the ledger, never to the repeated row (which is not inserted).
    const explained = await app.ctx.db.all<{ external_id: string; via: string | null }>(
      `SELECT o.external_id, m.external_id AS via FROM orders o LEFT JOIN orders m ON m.id = o.match_order_id
       WHERE o.match_order_id IS NOT NULL ORDER BY o.external_id`,
    );
    expect(explained).toEqual([{ external_id: '3', via: '1' }]);
    const dangling = await app.ctx.db.get<{ n: number }>(
      `SELECT COUNT(*) AS n FROM (
         SELECT match_order_id AS id FROM orders UNION ALL SELECT consignee_match_order_id FROM orders
         UNION ALL SELECT order_id FROM possible_matches) x
       WHERE x.id IS NOT NULL AND x.id NOT IN (SELECT id FROM orders)`,
    );
    expect(dangling?.n).toBe(0);
  });
});
