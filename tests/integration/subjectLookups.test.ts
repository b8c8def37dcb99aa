import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchSql } from '../../electron/db/repositories/subjectSearchRepository';
import { normalisePhone } from '../../shared/imports/normalise';
import { isAddressStopWord } from '../../shared/ledger/searchTerms';
import { kgOrganisation, recipientInput } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/testContext';
import { importFile } from './imports/importHelpers';

/**
 * The look-ups of issue 10 on a real SQLite file, against a naive oracle that reads the raw tables
 * (subjects, keys, orders) and matches in plain TypeScript: every query's result set must be the
 * oracle's, listed exact hits first and then by name.
 */

let app: TestApp;
let orgId: number;
let courier: number;
beforeEach(async () => {
  app = await startTestApp();
  orgId = (
    await app.ok('organisations:create', {
      ...kgOrganisation,
      jurisdiction: 'KZ',
      registrationNumber: '180340021791',
    })
  ).id;
  courier = (await app.ok('recipients:create', recipientInput(orgId))).id;
});
afterEach(async () => app.close());

const HEADER =
  'Номер заказа;Дата создания;ФИО;Телефон;E-mail;Адрес доставки;Служба доставки;Платежная система;Получатель;Телефон получателя';
const SURNAMES = ['Семёнов', 'Иванов', 'Нұрланов', 'Ким', 'Ахметов', 'Ёлкин'];
const NAMES = ['Пётр', 'Иван', 'Әлихан', 'Алёна', 'Ерлан', 'Иванович'];
const STREETS = ['ул. Абая', 'пр. Достык', 'мкр. Самал-2', 'ул. Әуезова', 'ул. Ленина'];
const PHONE_FORMS = (n: number) => {
  const d = String(7011000000 + n * 7919);
  return [
    `8 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6, 8)} ${d.slice(8)}`,
    `+7 (${d.slice(0, 3)}) ${d.slice(3)}`,
    `8${d}`,
  ][n % 3] as string;
};

/** 60 orders: names with Ё and Kazakh letters, three phone forms, consignees, multi-line addresses, shared phones. */
const ledgerFile = async (name = 'ledger.csv') => {
  const rows = Array.from({ length: 60 }, (_, i) => {
    const fullName = `${SURNAMES[i % 6]} ${NAMES[Math.floor(i / 6) % 6]}`;
    // Every 10th order shares the previous order's phone under another name (a family phone).
    const phone = PHONE_FORMS(i % 10 === 9 ? i - 1 : i);
    const email = i % 4 === 0 ? `${['petr', 'alena', 'ivan'][i % 3]}${i}@mail.kz` : '';
    const address = `"г. Алматы, ${STREETS[i % 5]}, ${10 + (i % 7)}${i % 8 === 0 ? '\nкв. 5' : ''}"`;
    const consignee = i % 5 === 0 ? `Жанар Тулеген${i};+7 702 555 ${String(1000 + i).slice(1)} 0` : ';';
    return `${3000 + i};1${i % 9}.01.2025 10:00:00;${fullName};${phone};${email};${address};СДЭК;Наличные;${consignee}`;
  });
  const path = join(app.dir, name);
  await writeFile(path, [HEADER, ...rows].join('\r\n'));
  return path;
};

interface Raw {
  subjects: { id: number; full_name: string; merged_into: number | null }[];
  keys: { subject_id: number; kind: string; value: string }[];
  orders: { external_id: string; subject_id: number; consignee_id: number | null; address: string }[];
}
const raw = async (): Promise<Raw> => ({
  subjects: await app.ctx.db.all('SELECT id, full_name, merged_into FROM subjects'),
  keys: await app.ctx.db.all('SELECT subject_id, kind, value FROM subject_keys'),
  orders: await app.ctx.db.all('SELECT external_id, subject_id, consignee_id, address FROM orders'),
});

const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/ё/g, 'е');
const tokens = (s: string) =>
  norm(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');

/** Each query word starts a different word of the subject (brute force assignment). */
const assignable = (query: string[], words: string[]): boolean => {
  const [first, ...rest] = query;
  if (first === undefined) return true;
  return words.some(
    (w, i) =>
      w.startsWith(first) &&
      assignable(
        rest,
        words.filter((_, j) => j !== i),
      ),
  );
};

/** The naive oracle: the ids a query must find, exact hits (phone, order, e-mail) apart. */
const oracle = (db: Raw, q: string) => {
  const live = db.subjects.filter((s) => s.merged_into === null);
  const exact = new Set<number>();
  const other = new Set<number>();
  const digits = q.replace(/\D/g, '');
  const phoneLike = /^[+\d\s()\-.]+$/.test(q);
  const e164 = phoneLike && digits.length >= 7 ? normalisePhone(q, 'KZ') : null;
  for (const k of db.keys) {
    if (k.kind === 'phone' && k.value === e164) exact.add(k.subject_id);
    if (k.kind === 'email' && !/\s/.test(q) && /[@.\d_]/.test(q) && k.value.startsWith(q.toLowerCase()))
      exact.add(k.subject_id);
  }
  for (const o of db.orders)
    if (!/\s/.test(q) && (o.external_id === q || o.external_id === `#${q}`)) {
      exact.add(o.subject_id);
      if (o.consignee_id !== null) exact.add(o.consignee_id);
    }
  if (phoneLike && digits.length >= 4) {
    const ends = [digits, ...(/^[08]\d{4,}$/.test(digits) ? [digits.slice(1)] : [])];
    for (const k of db.keys)
      if (k.kind === 'phone' && ends.some((e) => k.value.replace(/\D/g, '').endsWith(e)))
        other.add(k.subject_id);
  } else if (!phoneLike) {
    // A word typed twice counts once.
    const all = [...new Set(tokens(q))];
    const narrowing = all.filter((w) => !isAddressStopWord(w) && !/^\d$/.test(w));
    const query = narrowing.length > 0 ? narrowing : all;
    for (const s of live) {
      const merged = db.subjects.filter((m) => m.merged_into === s.id).map((m) => m.full_name);
      const addresses = db.orders
        .filter((o) => o.subject_id === s.id || o.consignee_id === s.id)
        .flatMap((o) => tokens(o.address).filter((w) => [...w].length >= 2 && !isAddressStopWord(w)));
      const words = [...new Set([...[s.full_name, ...merged].flatMap(tokens), ...addresses])];
      if (assignable(query, words)) other.add(s.id);
    }
  }
  for (const id of exact) other.delete(id);
  const name = new Map(db.subjects.map((s) => [s.id, s.full_name]));
  const byName = (a: number, b: number) => {
    const x = name.get(a) ?? '';
    const y = name.get(b) ?? '';
    return x < y ? -1 : x > y ? 1 : a - b;
  };
  return [...[...exact].sort(byName), ...[...other].sort(byName)];
};

const list = (search: string, offset = 0, limit = 200) =>
  app.ok('subjects:list', { organisationId: orgId, search, offset, limit });

const expectOracle = async (queries: string[]) => {
  const db = await raw();
  for (const q of queries) {
    const page = await list(q);
    expect({ q, ids: page.items.map((s) => s.id) }).toEqual({ q, ids: oracle(db, q) });
    expect({ q, total: page.total, capped: page.totalCapped }).toEqual({
      q,
      total: page.items.length,
      capped: false,
    });
  }
};

describe('look-ups against a naive oracle', () => {
  it('names by any word start (Ё = Е, Kazakh letters), phones as typed (+7, 8) and by their last 4+ digits, e-mail prefixes, order numbers, address words', async () => {
    await importFile(app, orgId, await ledgerFile(), { СДЭК: courier });
    const db = await raw();
    expect(db.subjects.length).toBeGreaterThan(60);
    const phones = db.keys.filter((k) => k.kind === 'phone').map((k) => k.value);
    const queries = [
      ...['семен', 'СЕМЁНОВ', 'семенов петр', 'Пётр Семёнов', 'нұр', 'әлихан', 'ёлкин', 'елкин ерлан', 'ким'],
      ...['иван', 'иванов иван', 'иван иванов', 'иванович иванов', 'иван иван', 'алена', 'тулеген', 'жанар'],
      ...['абая', 'ул. Абая', 'г. Алматы, пр. Достык', 'самал-2', 'самал', 'әуезова', 'ауэзова', 'ленина 12'],
      ...['иванов абая', 'кв', 'ул', 'алматы ким'],
      ...phones.slice(0, 8).flatMap((p) => [p, p.slice(-4), p.slice(-6), `8 ${p.slice(2, 5)} ${p.slice(5)}`]),
      ...phones
        .slice(8, 12)
        .flatMap((p) => [`+7 ${p.slice(2)}`, `8${p.slice(2)}`, `(${p.slice(2, 5)}) ${p.slice(5)}`]),
      ...['petr', 'alena4', 'ivan', 'petr0@mail.kz', 'nobody@'],
      ...['3000', '3059', '#3001', '3005'],
      ...['555 0040', '0000', '9999999'],
    ];
    await expectOracle(queries);
    // Spot checks the oracle relies on.
    expect((await list('семенов петр')).items[0]?.fullName).toBe('Семёнов Пётр');
    expect((await list('иван иванов')).items.map((s) => s.fullName)).not.toContain('Иванов Әлихан');
  });

  it('pages of one query list the same order, whatever the page size', async () => {
    await importFile(app, orgId, await ledgerFile(), { СДЭК: courier });
    for (const q of ['алматы', 'ул. Абая', '7011']) {
      const whole = (await list(q)).items.map((s) => s.id);
      const paged: number[] = [];
      for (let offset = 0; offset < whole.length; offset += 7)
        paged.push(...(await list(q, offset, 7)).items.map((s) => s.id));
      expect(paged).toEqual(whole);
    }
  });

  it('one to three digits find an order number only, and say a phone needs four', async () => {
    await importFile(app, orgId, await ledgerFile(), { СДЭК: courier });
    const db = await raw();
    for (const q of ['1', '12', '301', '+7', '(70)']) {
      const page = await list(q);
      expect(page.searchTooShort).toBe(true);
      const orders = db.orders.filter((o) => o.external_id === q || o.external_id === `#${q}`);
      expect(page.items.map((s) => s.id)).toEqual(
        oracle(db, q).filter((id) => orders.some((o) => o.subject_id === id)),
      );
    }
    expect((await list('7011')).searchTooShort).toBe(false);
    expect((await list('Ким')).searchTooShort).toBe(false);
  });

  it('follows merges, splits and an undone import (a subject merged away is never listed)', async () => {
    await importFile(app, orgId, await ledgerFile(), { СДЭК: courier });
    const [petr] = (await list('семенов петр')).items;
    const [alena] = (await list('семенов алена')).items;
    const { changeId } = await app.ok('subjects:merge', {
      intoId: petr?.id ?? 0,
      fromId: alena?.id ?? 0,
      reason: 'один человек',
      possibleMatchId: null,
    });
    // The merged name finds the subject that stays; the merged-away subject is gone from every look-up.
    const merged = (await list('семенов алена')).items.map((s) => s.id);
    expect(merged).toContain(petr?.id);
    expect(merged).not.toContain(alena?.id);
    await expectOracle(['семенов', 'алена', alena?.phones[0] ?? '', (alena?.phones[0] ?? '').slice(-5)]);
    await app.ok('subjects:undoChange', { changeId });
    const undone = (await list('семенов алена')).items.map((s) => s.id);
    expect(undone).toContain(alena?.id);
    expect(undone).not.toContain(petr?.id);
    await expectOracle(['семенов алена', 'семенов петр']);

    // A second file brings Пётр back (same phone) at a new address: the undo takes the address word away.
    const again = join(app.dir, 'again.csv');
    await writeFile(
      again,
      [
        HEADER,
        `4000;20.02.2025 10:00:00;Семёнов Пётр;${petr?.phones[0]};;г. Астана, ул. Сарыарка, 3;СДЭК;Наличные;;`,
      ].join('\r\n'),
    );
    const { status } = await importFile(app, orgId, again, { СДЭК: courier });
    expect((await list('сарыарка')).items.map((s) => s.id)).toEqual([petr?.id]);
    await expectOracle(['сарыарка', 'астана', 'семенов сарыарка']);
    expect(await app.ok('imports:undo', { importId: status.importId ?? 0 })).toEqual({ undone: true });
    expect((await list('сарыарка')).items).toEqual([]);
    await expectOracle(['семенов петр', 'астана', 'абая']);

    // A split moves the order's address words with it.
    const card = await app.ok('subjects:get', { id: petr?.id ?? 0 });
    const order = card.orders[0];
    const split = await app.ok('subjects:split', {
      fromId: card.id,
      orderIds: [order?.id ?? 0],
      keys: [],
      toId: null,
      newName: 'Сагындыков Мирас',
      reason: 'другой человек',
    });
    expect((await list('сагындыков')).items.map((s) => s.id)).toEqual([split.subjectId]);
    await expectOracle(['сагындыков абая', 'семенов петр абая', 'абая', 'достык']);
    await app.ok('subjects:undoChange', { changeId: split.changeId });
    await expectOracle(['сагындыков', 'семенов петр абая', 'абая', 'достык']);
  });
});

describe('look-up statements read indexes only', () => {
  it('every ledger table is reached by an index seek or range, never scanned', async () => {
    const plans = [
      { exact: [{ kind: 'phone' as const, e164: '+77011234567' }], drive: ['#7654321'], checks: [] },
      { exact: [{ kind: 'orderNumber' as const, numbers: ['3001', '#3001'] }], drive: [], checks: [] },
      { exact: [{ kind: 'emailPrefix' as const, prefix: 'petr' }], drive: ['petr'], checks: [] },
      {
        exact: [],
        drive: ['иванов'],
        checks: [
          { prefix: 'иван', needed: 2 },
          { prefix: 'абая', needed: 1 },
        ],
      },
    ];
    for (const plan of plans)
      for (const byNameUpTo of [1000, -1]) {
        const { sql, params } = searchSql(
          { organisationId: orgId, ...plan },
          { wanted: 1001, raw: -1, byNameUpTo, offset: 0, limit: 50 },
        );
        const steps = (await app.ctx.db.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${sql}`, params)).map(
          (r) => r.detail,
        );
        const ledger =
          /\b(subjects|subject_terms|subject_keys|orders|subject_blocks)\b|^(SCAN|SEARCH) [stkob]\b/;
        for (const step of steps.filter((s) => ledger.test(s))) expect(step).toMatch(/^SEARCH .* USING /);
        expect(steps.some((s) => /^SEARCH subject_terms USING PRIMARY KEY/.test(s))).toBe(
          plan.drive.length > 0,
        );
      }
  });
});
