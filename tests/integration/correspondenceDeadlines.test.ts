import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/testContext';
import { claimInput, shopKg, shopRu } from './correspondenceFixtures';

let app: TestApp;
let kgId: number;
let ruId: number;
beforeEach(async () => {
  app = await startTestApp();
  kgId = (await app.ok('organisations:create', shopKg)).id;
  ruId = (await app.ok('organisations:create', shopRu)).id;
});
afterEach(async () => app.close());

const ruAccess = (overrides = {}) =>
  claimInput(ruId, { kind: 'access', amountMinor: null, currency: null, orderNumbers: [], ...overrides });

describe('correspondence deadlines', () => {
  it('stores the policy claim deadline with its basis, citation, calendar version and explanation', async () => {
    const item = await app.ok('correspondence:register', claimInput(kgId));
    // 05.11.2026 + 30 days = Saturday 05.12.2026 -> Monday 07.12.2026 (art. 193).
    expect(item.dueDate).toBe('2026-12-07');
    expect(item.deadline).toMatchObject({
      ruleId: 'any.claim.policy',
      originalDueDate: '2026-12-07',
      shiftedFrom: '2026-12-05',
      basis: {
        ruleId: 'any.claim.policy',
        citation: 'п. 8.2 Политики',
        unit: 'calendarDays',
        amount: 30,
        startEvent: 'received',
        start: '2026-11-05',
        dueDate: '2026-12-07',
        calendarVersion: 'KG:2026-1',
      },
    });
    expect(item.deadline.basis.explanationRu).toContain('п. 8.2 Политики');
    expect(item.deadline.basis.explanationRu).toContain('07.12.2026');
    expect(item.deadline.basis.explanationEn).toContain('clause 8.2 of the Policy');
    // 24:00 Bishkek (UTC+6) of the last day.
    expect(item.deadline.basis.dueAt).toBe('2026-12-07T18:00:00.000Z');
    expect(item.amountInWords).toBe(
      '1 500 (одна тысяча пятьсот) сом 00 тыйын'.replace(/ (?=\d{3}\b)/, '\u00A0'),
    );
  });

  it('offers the rules that fit a kind, with the policy rule as the default claim rule', async () => {
    const kz = (
      await app.ok('organisations:create', {
        ...shopKg,
        jurisdiction: 'KZ',
        registrationNumber: '180340021791',
      })
    ).id;
    const rules = await app.ok('deadlines:rules', { organisationId: kz, kind: 'claim' });
    expect(rules.map((r) => [r.ruleId, r.isDefault])).toEqual([
      ['any.claim.policy', true],
      ['kz.claim.consumer', false],
    ]);
    const consumer = await app.ok(
      'correspondence:register',
      claimInput(kz, { ruleId: 'kz.claim.consumer', currency: 'KZT' }),
    );
    expect(consumer.dueDate).toBe('2026-11-16'); // 15.11 is a Sunday
    const kzAccess = await app.ok('deadlines:rules', { organisationId: kz, kind: 'access' });
    expect(kzAccess).toMatchObject([{ ruleId: 'kz.access', fallback: false, verify: true }]);
    const kzCorrection = await app.ok('deadlines:rules', { organisationId: kz, kind: 'correction' });
    expect(kzCorrection).toMatchObject([{ ruleId: 'any.request.policy', fallback: true }]);
    const wrong = await app.call('correspondence:register', claimInput(kgId, { ruleId: 'ru.access' }));
    expect(wrong).toMatchObject({
      ok: false,
      error: { fieldErrors: { ruleId: ['validation.correspondence.ruleNotForKind'] } },
    });
  });

  it('previews a deadline and counts a year without a calendar on weekends only, marked verify', async () => {
    const preview = await app.ok('deadlines:preview', {
      organisationId: ruId,
      kind: 'access',
      receivedDate: '2026-11-05',
    });
    expect(preview.basis).toMatchObject({
      ruleId: 'ru.access',
      dueDate: '2026-11-19',
      calendarVersion: 'RU:2026-1',
    });
    const late = await app.ok('deadlines:preview', {
      organisationId: ruId,
      kind: 'access',
      receivedDate: '2027-12-24',
    });
    // 10 working days from 27.12.2027: 27–30.12 (31.12 is off), then 03.01.2028 onwards on weekends only.
    expect(late.basis).toMatchObject({ dueDate: '2028-01-10', calendarVersion: 'RU:2027-1+2028-weekends' });
    expect(late.warnings.map((w) => w.code)).toContain('CALENDAR_EXTRAPOLATED');
    const out = await app.call('correspondence:register', ruAccess({ receivedDate: '2024-12-30' }));
    expect(out).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fieldErrors: { receivedDate: ['errors.deadline.CALENDAR_OUT_OF_RANGE'] } },
    });
  });

  it('recomputes on extension (+5 working days) and pauses, and records them with reasons', async () => {
    const item = await app.ok('correspondence:register', ruAccess());
    expect(item.dueDate).toBe('2026-11-19');
    const paused = await app.ok('correspondence:pause', {
      id: item.id,
      from: '2026-11-10',
      to: '2026-11-12',
      reason: 'Запрошены сведения, подтверждающие личность',
    });
    expect(paused.dueDate).toBe('2026-11-24');
    expect(paused.status).toBe('registered');
    expect(paused.deadline.basis.explanationRu).toContain('приостанавлив');
    const extended = await app.ok('correspondence:extend', {
      id: item.id,
      amount: 5,
      unit: 'workingDays',
      reason: 'Мотивированное уведомление исх. № 7 от 18.11.2026',
      grantedOn: '2026-11-18',
    });
    expect(extended).toMatchObject({ status: 'extended', dueDate: '2026-12-01' });
    expect(extended.extensions).toMatchObject([{ amount: 5, unit: 'workingDays', grantedOn: '2026-11-18' }]);
    expect(extended.pauses).toMatchObject([{ from: '2026-11-10', to: '2026-11-12' }]);
    const tooLong = await app.call('correspondence:extend', {
      id: item.id,
      amount: 1,
      unit: 'workingDays',
      reason: 'ещё',
      grantedOn: '2026-11-20',
    });
    expect(tooLong).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'errors.deadline.EXTENSION_TOO_LONG' },
    });
    expect((await app.ok('correspondence:get', { id: item.id })).dueDate).toBe('2026-12-01');
  });

  it('counts a running pause up to today and resumes to the previous status', async () => {
    const item = await app.ok('correspondence:register', ruAccess({ receivedDate: '2026-11-16' }));
    expect(item.dueDate).toBe('2026-11-30');
    await app.ok('correspondence:setStatus', { id: item.id, status: 'inReview' });
    const paused = await app.ok('correspondence:pause', {
      id: item.id,
      from: '2026-11-18',
      reason: 'Ждём документы',
    });
    expect(paused.status).toBe('paused');
    // 18..22.11 paused so far (today 22.11): 3 working days not counted.
    expect(paused.dueDate).toBe('2026-12-03');
    app.clock.set('2026-11-25T09:00:00.000Z');
    const resumed = await app.ok('correspondence:resume', { id: item.id, to: '2026-11-24' });
    expect(resumed.status).toBe('inReview');
    expect(resumed.pauses[0]?.to).toBe('2026-11-24');
    // 18..24.11: 5 working days not counted.
    expect(resumed.dueDate).toBe('2026-12-07');
  });

  it('refuses an extension for a rule that has none', async () => {
    const item = await app.ok('correspondence:register', claimInput(kgId));
    const r = await app.call('correspondence:extend', {
      id: item.id,
      amount: 5,
      unit: 'calendarDays',
      reason: 'x',
      grantedOn: '2026-11-20',
    });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'errors.deadline.EXTENSION_NOT_ALLOWED' },
    });
  });
});
