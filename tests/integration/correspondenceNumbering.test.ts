import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/testContext';
import { claimInput, shopKg } from './correspondenceFixtures';

let app: TestApp;
let orgId: number;
beforeEach(async () => {
  app = await startTestApp();
  orgId = (await app.ok('organisations:create', shopKg)).id;
});
afterEach(async () => app.close());

describe('correspondence numbering', () => {
  it('numbers 20 concurrent registrations 1..20 without gaps or duplicates', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        app.call('correspondence:register', claimInput(orgId, { demands: `требование ${i}` })),
      ),
    );
    const seqs = results.map((r) => (r.ok ? r.value.seq : -1)).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const numbers = results.map((r) => (r.ok ? r.value.number : ''));
    expect(new Set(numbers).size).toBe(20);
    expect(numbers).toContain('1-П/2026');
    expect(numbers).toContain('20-П/2026');
  });

  it('numbers per organisation and year, with the kind code and a configured format', async () => {
    const other = (await app.ok('organisations:create', { ...shopKg, name: 'Второй магазин' })).id;
    const settings = await app.ok('correspondence:getSettings', { organisationId: orgId });
    expect(settings).toMatchObject({
      saved: false,
      incomingFormat: '{seq}-{kind}/{yyyy}',
      timeZone: 'Asia/Bishkek',
    });
    await app.ok('correspondence:updateSettings', {
      organisationId: orgId,
      data: { ...settings, incomingFormat: 'Вх-{seq:3}/{yy}-{kind}' },
    });
    const a = await app.ok('correspondence:register', claimInput(orgId));
    const b = await app.ok(
      'correspondence:register',
      claimInput(orgId, { kind: 'access', amountMinor: null }),
    );
    const d = await app.ok('correspondence:register', claimInput(other));
    // A letter of 30.12.2026 registered on 11.01.2027 goes into the 2027 register.
    app.clock.set('2027-01-11T04:00:00.000Z');
    const c = await app.ok('correspondence:register', claimInput(orgId, { receivedDate: '2026-12-30' }));
    expect([a.number, b.number, c.number, d.number]).toEqual([
      'Вх-001/26-П',
      'Вх-002/26-З',
      'Вх-001/27-П',
      '1-П/2026',
    ]);
    expect(c.receivedDate).toBe('2026-12-30');
  });

  it('refuses a receipt date after today (today is allowed) and uses up no number', async () => {
    // The clock is 22.11.2026 09:00 UTC = 15:00 in Bishkek.
    const future = await app.call(
      'correspondence:register',
      claimInput(orgId, { receivedDate: '2026-11-23' }),
    );
    expect(future).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fieldErrors: { receivedDate: ['validation.correspondence.dateInFuture'] },
      },
    });
    const typo = await app.call('correspondence:register', claimInput(orgId, { receivedDate: '2062-11-22' }));
    expect(typo).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const today = await app.ok('correspondence:register', claimInput(orgId, { receivedDate: '2026-11-22' }));
    expect(today.number).toBe('1-П/2026');
    const edit = await app.call('correspondence:update', {
      id: today.id,
      data: { ...claimInput(orgId), receivedDate: '2027-11-22' },
    });
    expect(edit).toMatchObject({
      ok: false,
      error: { fieldErrors: { receivedDate: ['validation.correspondence.dateInFuture'] } },
    });
  });

  it('refuses a format without {seq} or with an unknown token', async () => {
    const settings = await app.ok('correspondence:getSettings', { organisationId: orgId });
    const noSeq = await app.call('correspondence:updateSettings', {
      organisationId: orgId,
      data: { ...settings, incomingFormat: '{yyyy}-{kind}' },
    });
    expect(noSeq).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fieldErrors: { 'data.incomingFormat': ['validation.numbering.noSeq'] } },
    });
    const unknown = await app.call('correspondence:updateSettings', {
      organisationId: orgId,
      data: { ...settings, outgoingFormat: 'Исх-{seq}/{year}' },
    });
    expect(unknown).toMatchObject({
      ok: false,
      error: { fieldErrors: { 'data.outgoingFormat': ['validation.numbering.unknownToken'] } },
    });
  });
});
