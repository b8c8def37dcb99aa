import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kgOrganisation, recipientInput } from '../support/fixtures';
import { breachInput } from './breachesFixtures';
import { claimInput } from './correspondenceFixtures';
import { startTestApp, type TestApp } from '../support/testContext';
import { importFile, tableCounts } from './imports/importHelpers';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

let app: TestApp;
let orgId: number;
let courier: number;
beforeEach(async () => {
  app = await startTestApp();
  orgId = (await app.ok('organisations:create', kgOrganisation)).id;
  courier = (await app.ok('recipients:create', recipientInput(orgId))).id;
});
afterEach(async () => app.close());

/** A family file: husband and wife share a phone; a known phone comes back with a new e-mail; a consignee. */
const familyFile = async () => {
  const path = join(app.dir, 'family.csv');
  await writeFile(
    path,
    [
      'Номер заказа;Дата создания;ФИО;Телефон;E-mail;Адрес доставки;Служба доставки;Платежная система;Получатель;Телефон получателя',
      '501;10.01.2025 10:00:00;Асанов Бакыт;0555 123 456;bakyt@mail.kg;"г. Бишкек, ул. Киевская, 12\nкв. 5";СДЭК;Наличные;;',
      '502;11.01.2025 10:00:00;Асанова Айгуль;+996 555 123 456;;г. Бишкек, ул. Токтогула, 7;СДЭК;Наличные;;',
      '503;12.01.2025 10:00:00;Бакыт Асанов;+996555123456;bakyt.new@mail.kg;г. Бишкек, ул. Киевская, 12;СДЭК;Наличные;;',
      '504;13.01.2025 10:00:00;Иванов Иван;0700 111 222;ivan@mail.kg;г. Ош, ул. Ленина, 1;СДЭК;Наличные;Петрова Мария;0777 999 888',
    ].join('\r\n'),
  );
  return path;
};

const search = async (text: string) =>
  (await app.ok('subjects:list', { organisationId: orgId, search: text })).items;

describe('identity rule, merge, split and undo on a real SQLite file', () => {
  it('a shared phone with different names gives two subjects and a possible match; a merge by phone is explained', async () => {
    await importFile(app, orgId, await familyFile(), { СДЭК: courier });
    const bakyt = (await search('Асанов Бакыт'))[0];
    const aigul = (await search('Асанова Айгуль'))[0];
    expect(bakyt && aigul && bakyt.id !== aigul.id).toBe(true);
    const queue = await app.ok('subjects:possibleMatches', { organisationId: orgId });
    expect(queue.items).toHaveLength(1);
    expect(queue.items[0]).toMatchObject({
      kind: 'phone',
      value: '+996555123456',
      orderExternalId: '502',
      fileName: 'family.csv',
      // physical line: the quoted address above spans two lines
      line: 4,
    });
    const card = await app.ok('subjects:get', { id: bakyt?.id ?? 0 });
    expect(card.emails.sort()).toEqual(['bakyt.new@mail.kg', 'bakyt@mail.kg']);
    const joined = card.orders.find((o) => o.externalId === '503');
    expect(joined?.match).toEqual({
      kind: 'phone',
      key: '+996555123456',
      viaOrder: '501',
      viaFile: 'family.csv',
      viaLine: 2,
    });
    // The address is kept as written, with its line break.
    expect(card.orders.find((o) => o.externalId === '501')?.address).toBe(
      'г. Бишкек, ул. Киевская, 12\nкв. 5',
    );
  });

  it('a consignee is a subject of her own, found by her phone, with what was passed about her', async () => {
    await importFile(app, orgId, await familyFile(), { СДЭК: courier });
    const [maria] = await search('0777 999 888');
    expect(maria).toMatchObject({ fullName: 'Петрова Мария', roles: ['consignee'] });
    const card = await app.ok('subjects:get', { id: maria?.id ?? 0 });
    expect(card.recipients[0]?.transfers[0]).toMatchObject({ orderExternalId: '504', role: 'consignee' });
    const recipientList = await app.ok('subjects:byRecipient', { recipientId: courier });
    expect(recipientList.items.map((s) => s.fullName)).toContain('Петрова Мария');
    expect(recipientList.total).toBe(4);
    // Her access answer's data: the orders and the recipients her data went to.
    const { subjectRecipients, subjectOrderStats } =
      await import('../../electron/db/repositories/correspondenceLedgerRepository');
    expect((await subjectRecipients(app.ctx.db, maria?.id ?? 0)).map((r) => r.legal_name)).toEqual([
      card.recipients[0]?.legalName,
    ]);
    expect((await subjectOrderStats(app.ctx.db, maria?.id ?? 0)).n).toBe(1);
    // By order number and by a word of the address.
    expect((await search('504')).map((s) => s.fullName).sort()).toEqual(['Иванов Иван', 'Петрова Мария']);
    expect((await search('токтогула')).map((s) => s.fullName)).toEqual(['Асанова Айгуль']);
  });

  it('merge moves orders and keys, marks saved breach scopes outdated, and is undone exactly', async () => {
    await importFile(app, orgId, await familyFile(), { СДЭК: courier });
    const [bakyt] = await search('Асанов Бакыт');
    const [aigul] = await search('Асанова Айгуль');
    const incident = await app.ok('breaches:create', breachInput(orgId));
    const criteria = { organisationId: orgId, recipientId: courier, from: '', to: '', importId: null };
    await app.ok('breaches:saveScope', { incidentId: incident.id, criteria });
    expect((await app.ok('breaches:get', { id: incident.id })).scope?.outdatedAt).toBeNull();
    const before = await app.ok('subjects:get', { id: bakyt?.id ?? 0 });
    const { changeId } = await app.ok('subjects:merge', {
      intoId: bakyt?.id ?? 0,
      fromId: aigul?.id ?? 0,
      reason: 'одно лицо',
    });
    const merged = await app.ok('subjects:get', { id: bakyt?.id ?? 0 });
    expect(merged.orders.map((o) => o.externalId).sort()).toEqual(['501', '502', '503']);
    expect((await app.ok('subjects:get', { id: aigul?.id ?? 0 })).mergedInto).toBe(bakyt?.id);
    expect(await search('Асанова Айгуль')).toHaveLength(1);
    expect((await app.ok('subjects:possibleMatches', { organisationId: orgId })).items).toHaveLength(0);
    // The saved scope stays as saved (4 subjects incl. the consignee) and says it is outdated.
    const saved = await app.ok('breaches:get', { id: incident.id });
    expect(saved.scope).toMatchObject({ subjects: 4, outdatedReason: 'merge' });
    expect(saved.scope?.outdatedAt).not.toBeNull();
    await app.ok('subjects:undoChange', { changeId });
    const after = await app.ok('subjects:get', { id: bakyt?.id ?? 0 });
    expect(after.orders.map((o) => o.externalId).sort()).toEqual(
      before.orders.map((o) => o.externalId).sort(),
    );
    expect(after.phones).toEqual(before.phones);
    expect((await app.ok('subjects:get', { id: aigul?.id ?? 0 })).mergedInto).toBeNull();
    expect((await app.ok('subjects:possibleMatches', { organisationId: orgId })).items).toHaveLength(1);
    expect(await app.call('subjects:undoChange', { changeId })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await app.ok('audit:verify')).toMatchObject({ ok: true });
  });

  it('split moves chosen orders and keys to a new subject; undo puts them back', async () => {
    await importFile(app, orgId, await familyFile(), { СДЭК: courier });
    const [bakyt] = await search('Асанов Бакыт');
    const card = await app.ok('subjects:get', { id: bakyt?.id ?? 0 });
    const order503 = card.orders.find((o) => o.externalId === '503');
    const { changeId, subjectId } = await app.ok('subjects:split', {
      fromId: card.id,
      orderIds: [order503?.id ?? 0],
      keys: [{ kind: 'email', value: 'bakyt.new@mail.kg' }],
      toId: null,
      newName: 'Асанов Бакыт (второй)',
      reason: 'другой человек',
    });
    const split = await app.ok('subjects:get', { id: subjectId });
    expect(split).toMatchObject({ origin: 'split', emails: ['bakyt.new@mail.kg'] });
    expect(split.orders.map((o) => o.externalId)).toEqual(['503']);
    expect((await search('bakyt.new@'))[0]?.id).toBe(subjectId);
    await app.ok('subjects:undoChange', { changeId });
    const back = await app.ok('subjects:get', { id: card.id });
    expect(back.orders.map((o) => o.externalId).sort()).toEqual(card.orders.map((o) => o.externalId).sort());
    expect(back.emails.sort()).toEqual(card.emails.sort());
    expect((await search('bakyt.new@'))[0]?.id).toBe(card.id);
  });

  it('a completed import is undone in one audited transaction; refused, naming it, when a claim depends on it', async () => {
    const before = await tableCounts(app);
    const { status } = await importFile(app, orgId, await familyFile(), { СДЭК: courier });
    const importId = status.importId ?? 0;
    const [bakyt] = await search('Асанов Бакыт');
    const manual = await app.ok('subjects:create', {
      organisationId: orgId,
      fullName: 'Сыдыкова Жаркын',
      phone: '0555 777 666',
      email: '',
    });
    expect((await search('777 666'))[0]?.id).toBe(manual.id);
    // A later claim linked to a subject of the import blocks the undo, named.
    const claim = await app.ok('correspondence:register', claimInput(orgId));
    await app.ok('correspondence:linkSubject', { id: claim.id, subjectId: bakyt?.id ?? 0 });
    // Refused as data (the screen names each record in the officer's language), nothing changed.
    expect(await app.ok('imports:undo', { importId })).toEqual({
      undone: false,
      dependents: {
        claims: [claim.number],
        incidents: [],
        laterImports: [],
        changes: [],
        blocks: 0,
        noticeBatches: [],
      },
    });
    expect((await tableCounts(app)).orders).toBe(4);
    await app.ok('correspondence:linkSubject', { id: claim.id, subjectId: null });
    expect(await app.ok('imports:undo', { importId })).toEqual({ undone: true });
    const after = await tableCounts(app);
    expect(after).toMatchObject({ orders: before.orders, transfers: before.transfers, keys: 1 });
    expect((await app.ok('imports:history', { organisationId: orgId }))[0]).toMatchObject({
      status: 'undone',
    });
    expect(await search('Асанов')).toHaveLength(0);
    expect(await app.ok('audit:verify')).toMatchObject({ ok: true });
  });
  it('after a split and a merge that were undone, the import undo leaves no subject of it behind', async () => {
    const before = await tableCounts(app);
    const { status } = await importFile(app, orgId, await familyFile(), { СДЭК: courier });
    const [bakyt] = await search('Асанов Бакыт');
    const [aigul] = await search('Асанова Айгуль');
    const card = await app.ok('subjects:get', { id: bakyt?.id ?? 0 });
    const order503 = card.orders.find((o) => o.externalId === '503');
    const split = await app.ok('subjects:split', {
      fromId: card.id,
      orderIds: [order503?.id ?? 0],
      keys: [],
      toId: null,
      newName: 'Асанов Бакыт Маратович',
      reason: '',
    });
    const merge = await app.ok('subjects:merge', {
      intoId: card.id,
      fromId: aigul?.id ?? 0,
      reason: '',
      possibleMatchId: null,
    });
    // While they stand, the import cannot be undone; once both are undone, it can.
    expect(await app.ok('imports:undo', { importId: status.importId ?? 0 })).toEqual({
      undone: false,
      dependents: {
        claims: [],
        incidents: [],
        laterImports: [],
        changes: [split.changeId, merge.changeId],
        blocks: 0,
        noticeBatches: [],
      },
    });
    await app.ok('subjects:undoChange', { changeId: merge.changeId });
    await app.ok('subjects:undoChange', { changeId: split.changeId });
    await app.ok('imports:undo', { importId: status.importId ?? 0 });
    expect(await tableCounts(app)).toMatchObject({ subjects: before.subjects, orders: before.orders });
    expect((await app.ok('subjects:list', { organisationId: orgId })).total).toBe(0);
    expect(await search('Маратович')).toHaveLength(0);
    expect(await app.ok('audit:verify')).toMatchObject({ ok: true });
  });
});
