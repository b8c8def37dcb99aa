import { addDays } from '../../shared/deadlines/isoDate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeImportData } from '../../electron/db/repositories/ledgerRepository';
import { activeBlocks } from '../../electron/db/repositories/correspondenceBlockRepository';
import { recipientInput } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/testContext';
import { claimInput, insertLedgerFixture, shopKg } from './correspondenceFixtures';

let app: TestApp;
let orgId: number;
beforeEach(async () => {
  app = await startTestApp();
  orgId = (await app.ok('organisations:create', shopKg)).id;
});
afterEach(async () => app.close());

const ledger = async () => {
  const courierId = (await app.ok('recipients:create', recipientInput(orgId))).id;
  const bankId = (
    await app.ok('recipients:create', recipientInput(orgId, { legalName: 'ОАО «Банк»', type: 'bank' }))
  ).id;
  return insertLedgerFixture(app, orgId, { courierId, bankId });
};

describe('correspondence status workflow', () => {
  it('follows the allowed transitions and refuses the others with CONFLICT', async () => {
    const item = await app.ok('correspondence:register', claimInput(orgId));
    expect(item.status).toBe('registered');
    expect((await app.ok('correspondence:setStatus', { id: item.id, status: 'inReview' })).status).toBe(
      'inReview',
    );
    for (const status of ['closed', 'extended', 'paused', 'registered'] as const) {
      const r = await app.call('correspondence:setStatus', { id: item.id, status });
      expect(r).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', message: 'errors.correspondence.transition' },
      });
    }
    await app.ok('correspondence:setStatus', { id: item.id, status: 'answered' });
    const closed = await app.ok('correspondence:setStatus', { id: item.id, status: 'closed' });
    expect(closed.status).toBe('closed');
    const again = await app.call('correspondence:setStatus', { id: item.id, status: 'inReview' });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const edit = await app.call('correspondence:update', {
      id: item.id,
      data: { ...claimInput(orgId), notes: 'x' },
    });
    expect(edit).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'errors.correspondence.closed' },
    });
    const history = await app.ok('audit:history', { entity: 'correspondenceItem', entityId: item.id });
    expect(history.map((h) => h.after?.status)).toEqual(['closed', 'answered', 'inReview', 'registered']);
  });

  it('links the sender to a ledger subject and shows the related orders found in the ledger', async () => {
    const { subjectId, orderIds } = await ledger();
    const item = await app.ok(
      'correspondence:register',
      claimInput(orgId, { orderNumbers: ['A-1001', 'Z-9'] }),
    );
    expect(item.orders).toMatchObject([
      { number: 'A-1001', orderId: orderIds[0], subjectId },
      { number: 'Z-9', orderId: null },
    ]);
    const linked = await app.ok('correspondence:linkSubject', { id: item.id, subjectId });
    expect(linked.sender.subjectId).toBe(subjectId);
    const bySubject = await app.ok('correspondence:list', { subjectId });
    expect(bySubject.items.map((i) => i.id)).toEqual([item.id]);
    const fromSubject = await app.ok(
      'correspondence:register',
      claimInput(orgId, { sender: { subjectId, name: '' }, kind: 'access', amountMinor: null }),
    );
    expect(fromSubject.sender).toMatchObject({
      subjectId,
      name: 'Асанов Бакыт Кенешович',
      email: 'bakyt@example.kg',
      phone: '+996555123456',
    });
  });

  it('lists with filters, due-date windows, full-text search and paging', async () => {
    await app.ok(
      'correspondence:register',
      claimInput(orgId, { receivedDate: '2026-10-01', demands: 'вернуть деньги за чайник' }),
    );
    await app.ok(
      'correspondence:register',
      claimInput(orgId, { receivedDate: '2026-10-23', sender: { name: 'Өмүрова Айгүл' } }),
    );
    await app.ok(
      'correspondence:register',
      claimInput(orgId, { receivedDate: '2026-11-20', kind: 'other', amountMinor: null }),
    );
    const overdue = await app.ok('correspondence:list', { due: 'overdue' });
    expect(overdue.items.map((i) => i.number)).toEqual(['1-П/2026']);
    expect(overdue.items[0]?.countdown).toMatchObject({ state: 'overdue', today: '2026-11-22' });
    const week = await app.ok('correspondence:list', { due: 'week' });
    expect(week.items.map((i) => i.number)).toEqual(['2-П/2026']); // 23.10 + 30 = 22.11 (Sunday) -> 23.11
    expect(week.items[0]?.countdown).toMatchObject({ state: 'thisWeek', daysLeft: 1 });
    expect((await app.ok('correspondence:list', { search: 'ЧАЙНИК' })).items.map((i) => i.number)).toEqual([
      '1-П/2026',
    ]);
    expect((await app.ok('correspondence:list', { search: 'айгүл' })).total).toBe(1);
    expect((await app.ok('correspondence:list', { search: '3-' })).items.map((i) => i.number)).toEqual([
      '3-О/2026',
    ]);
    expect((await app.ok('correspondence:list', { kinds: ['other'] })).total).toBe(1);
    const page = await app.ok('correspondence:list', { limit: 2, offset: 2, sort: 'number' });
    expect(page).toMatchObject({ total: 3, items: [{ number: '3-О/2026' }] });
    // The week's window ends seven days after the organisation's today, that day included.
    const third = (await app.ok('correspondence:list', { kinds: ['other'] })).items[0];
    const weekOf = async (today: string) => {
      app.clock.set(`${today}T09:00:00.000Z`);
      return (await app.ok('correspondence:list', { due: 'week' })).items.map((i) => i.number);
    };
    expect(await weekOf(addDays(third?.dueDate ?? '', -7))).toContain('3-О/2026');
    expect(await weekOf(addDays(third?.dueDate ?? '', -8))).not.toContain('3-О/2026');
    app.clock.set('2026-11-22T09:00:00.000Z');
    const overview = await app.ok('deadlines:overview', {});
    expect(overview.counts).toEqual({ overdue: 1, dueToday: 0, thisWeek: 1, open: 3 });
    expect(overview.thisWeek[0]).toMatchObject({ number: '2-П/2026', countdown: { hoursLeft: 33 } });
  });
});

describe('blocking', () => {
  it('blocks the subject from the request until the check ends, and flags it', async () => {
    const { subjectId } = await ledger();
    const claim = await app.ok(
      'correspondence:register',
      claimInput(orgId, { sender: { subjectId, name: '' } }),
    );
    expect(claim.blocked).toBe(false);
    const request = await app.ok(
      'correspondence:register',
      claimInput(orgId, {
        kind: 'blocking',
        sender: { subjectId, name: '' },
        amountMinor: null,
        receivedDate: '2026-11-20',
      }),
    );
    expect(request.blocked).toBe(true);
    expect((await app.ok('correspondence:get', { id: claim.id })).blocked).toBe(true);
    const blocks = await app.ok('blocks:forSubjects', { subjectIds: [subjectId, 999] });
    expect(blocks).toMatchObject([
      { subjectId, itemId: request.id, from: '2026-11-20', until: null, active: true },
    ]);
    expect((await activeBlocks(app.ctx.db, [subjectId])).length).toBe(1);
    // Flagged in the subjects ledger too.
    const listed = await app.ok('subjects:list', { organisationId: orgId });
    expect(listed.items.find((s) => s.id === subjectId)?.blocked).toBe(true);
    const early = await app.call('blocks:end', { id: blocks[0]?.id ?? 0, until: '2026-11-01', reason: 'x' });
    expect(early).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const ended = await app.ok('blocks:end', {
      id: blocks[0]?.id ?? 0,
      until: '2026-11-22',
      reason: 'Проверка завершена: данные точны',
    });
    expect(ended).toMatchObject({ active: false, until: '2026-11-22' });
    expect((await app.ok('correspondence:get', { id: claim.id })).blocked).toBe(false);
    expect(await app.ok('blocks:forSubjects', { subjectIds: [subjectId] })).toEqual([]);
    expect(
      (await app.ok('subjects:list', { organisationId: orgId })).items.find((s) => s.id === subjectId)
        ?.blocked,
    ).toBe(false);
  });

  it('a block of an unlinked sender follows the item to its subject; the ledger keeps a referenced subject', async () => {
    const { subjectId } = await ledger();
    const request = await app.ok(
      'correspondence:register',
      claimInput(orgId, { kind: 'blocking', amountMinor: null }),
    );
    expect(request.blocked).toBe(true);
    expect(await app.ok('blocks:forSubjects', { subjectIds: [subjectId] })).toEqual([]);
    await app.ok('correspondence:linkSubject', { id: request.id, subjectId });
    expect(await app.ok('blocks:forSubjects', { subjectIds: [subjectId] })).toHaveLength(1);
    // An unfinished import that created the subject is rolled back: the subject stays (referenced).
    await app.ctx.db.run("UPDATE imports SET status = 'running'");
    await app.ctx.db.run('DELETE FROM transfers');
    await app.ctx.db.transaction((tx) => removeImportData(tx, 1));
    expect(await app.ctx.db.get('SELECT id FROM subjects WHERE id = :subjectId', { subjectId })).toEqual({
      id: subjectId,
    });
  });
});
