import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/testContext';

let app: TestApp;
beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => app.close());

describe('demo data', () => {
  it('shows every capability: three shops, an imported order file, letters, a block, an incident with running clocks', async () => {
    const loaded = await app.ok('demo:load');
    expect(loaded).toMatchObject({
      organisations: 3,
      recipients: 18,
      correspondence: 5,
      incidents: 1,
      blocks: 1,
    });
    expect(loaded.orders).toBeGreaterThan(2_500);

    const status = await app.ok('demo:status');
    expect(status.organisations.map((o) => o.jurisdiction)).toEqual(['KG', 'KZ', 'RU']);
    expect(status).toMatchObject({
      active: true,
      correspondence: 5,
      overdue: 1,
      answeredFrozen: 1,
      blocks: 1,
    });
    expect(status.runningClocks).toBeGreaterThan(0);

    const kg = status.organisations[0]?.id ?? 0;
    expect((await app.ok('settings:get')).currentOrganisationId).toBe(kg);
    // A real import: in the history, with transfers to the recipients its values were mapped to.
    const [record] = await app.ok('imports:history', { organisationId: kg });
    expect(record).toMatchObject({ status: 'completed', fileName: 'istore-kg-zakazy-demo.csv' });
    const courier = (await app.ok('recipients:list', { organisationId: kg, limit: 100 })).items.find(
      (r) => r.legalName === 'ОсОО «Экспресс Доставка КГ»',
    );
    const courierSubjects = await app.ok('subjects:byRecipient', {
      recipientId: courier?.id ?? 0,
      offset: 0,
      limit: 5,
    });
    expect(courierSubjects.total).toBeGreaterThan(100);

    // The answered claim carries a frozen letter with its PDF and hash, and no placeholder.
    const answered = await app.ok('correspondence:list', { organisationId: kg, statuses: ['answered'] });
    const [answer] = await app.ok('answers:list', { itemId: answered.items[0]?.id ?? 0 });
    expect(answer).toMatchObject({ state: 'sent' });
    expect(await app.ok('answers:verifyPdf', { id: answer?.id ?? 0 })).toMatchObject({ ok: true });
    expect(app.printer.printed.at(-1)?.html).not.toMatch(/\[[^\]]+\]/);

    // The incident's scope counts the courier's customers from the imported orders.
    const [incident] = (await app.ok('breaches:list', { organisationId: kg })).items;
    const full = await app.ok('breaches:get', { id: incident?.id ?? 0 });
    expect(full.scope?.subjects ?? 0).toBe(courierSubjects.total);
    expect(await app.ok('audit:verify')).toMatchObject({ ok: true });
  });

  it('is idempotent, and removable: the shops go to the archive and a new load brings them back', async () => {
    await app.ok('demo:load');
    const again = await app.ok('demo:load');
    expect(again).toEqual({
      organisations: 0,
      recipients: 0,
      orders: 0,
      correspondence: 0,
      incidents: 0,
      blocks: 0,
    });
    expect((await app.ok('demo:status')).correspondence).toBe(5);

    expect(await app.ok('demo:remove')).toEqual({ archived: 3 });
    expect(await app.ok('organisations:list', { includeArchived: false })).toEqual([]);
    expect((await app.ok('settings:get')).currentOrganisationId).toBeNull();
    const removed = await app.ok('demo:status');
    expect(removed.active).toBe(false);
    expect(removed.organisations.every((o) => o.archived)).toBe(true);

    expect(await app.ok('demo:load')).toMatchObject({ organisations: 0, orders: 0, correspondence: 0 });
    expect((await app.ok('demo:status')).active).toBe(true);
    expect(await app.ok('audit:verify')).toMatchObject({ ok: true });
  });
});
