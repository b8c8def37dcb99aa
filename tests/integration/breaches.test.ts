import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { breachesDocuments } from '../../electron/services/documents/breaches';
import { recipientInput } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/testContext';
import { shopKg, shopRu } from './correspondenceFixtures';
import { breachInput, insertScopeFixture } from './breachesFixtures';

let app: TestApp;
beforeEach(async () => {
  app = await startTestApp({ now: '2026-11-20T10:00:00.000Z' });
});
afterEach(async () => app.close());

describe('breach incidents', () => {
  it('numbers per organisation and year and enforces the status workflow', async () => {
    const orgId = (await app.ok('organisations:create', shopRu)).id;
    const first = await app.ok('breaches:create', breachInput(orgId));
    const second = await app.ok('breaches:create', breachInput(orgId));
    expect([first.number, second.number]).toEqual(['ИНЦ-1/2026', 'ИНЦ-2/2026']);
    expect(first.status).toBe('open');
    await app.ok('breaches:setStatus', { id: first.id, status: 'contained' });
    const back = await app.call('breaches:setStatus', { id: first.id, status: 'open' });
    expect(back).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'errors.breaches.transition' },
    });
    await app.ok('breaches:setStatus', { id: first.id, status: 'notified' });
    expect((await app.ok('breaches:setStatus', { id: first.id, status: 'closed' })).status).toBe('closed');
    const after = await app.call('breaches:setStatus', { id: first.id, status: 'notified' });
    expect(after.ok).toBe(false);
    const history = await app.ok('audit:history', { entity: 'breachIncident', entityId: first.id });
    expect(history.length).toBeGreaterThanOrEqual(4);
  });

  it('RU clocks: 24 h and 72 h from detection; a notification to Roskomnadzor stops the 24 h clock', async () => {
    const orgId = (await app.ok('organisations:create', shopRu)).id;
    const incident = await app.ok('breaches:create', breachInput(orgId));
    const clock24 = incident.clocks.find((c) => c.ruleId === 'ru.breachNotice.initial');
    const clock72 = incident.clocks.find((c) => c.ruleId === 'ru.breachNotice.investigation');
    expect(clock24).toMatchObject({ dueAt: '2026-11-21T07:00:00.000Z', state: 'running', hoursLeft: 21 });
    expect(clock72?.dueAt).toBe('2026-11-23T07:00:00.000Z');
    const notified = await app.ok('breaches:recordNotification', {
      incidentId: incident.id,
      addressee: 'regulator',
      purpose: 'initial',
      sentAt: '2026-11-20T12:00:00.000Z',
      channel: 'portal',
      reference: 'РКН-123',
      documentKind: 'breachNoticeRu24',
    });
    expect(notified.clocks.find((c) => c.ruleId === 'ru.breachNotice.initial')).toMatchObject({
      state: 'met',
      stoppedAt: '2026-11-20T12:00:00.000Z',
      hoursLeft: null,
    });
    expect(notified.clocks.find((c) => c.ruleId === 'ru.breachNotice.investigation')?.state).toBe('running');
    expect(notified.notifications[0]?.stoppedClocks).toEqual(['ru.breachNotice.initial']);
    app.clock.set('2026-11-24T00:00:00.000Z');
    const later = await app.ok('breaches:get', { id: incident.id });
    expect(later.clocks.find((c) => c.ruleId === 'ru.breachNotice.investigation')?.state).toBe('missed');
    const overview = await app.ok('breaches:overview', {});
    expect(overview.counts.missed).toBe(1);
  });

  it('severity is stored with its arithmetic; the decision with its reason', async () => {
    const orgId = (await app.ok('organisations:create', shopKg)).id;
    const incident = await app.ok('breaches:create', breachInput(orgId));
    const assessed = await app.ok('breaches:assessSeverity', {
      id: incident.id,
      assessment: { dataType: 'financial', ease: 'significant', confidentiality: 'unknownOrPublic' },
    });
    expect(assessed.severity?.result.arithmeticRu).toBe('SE = 3 × 0,75 + 0,5 = 2,75 → средняя');
    const decided = await app.ok('breaches:decide', {
      id: incident.id,
      notify: true,
      reason: 'Данные в открытом доступе',
    });
    expect(decided.decision).toMatchObject({ notify: true, reason: 'Данные в открытом доступе' });
    expect(decided.clocks.map((c) => c.ruleId)).toEqual(['kg.breachNotice.internal']);
  });
});

describe('breach scope and documents', () => {
  it('counts distinct subjects by recipient, dates and import; saves the scope; merges letters', async () => {
    const orgId = (await app.ok('organisations:create', shopKg)).id;
    const courierId = (await app.ok('recipients:create', recipientInput(orgId))).id;
    const bankId = (
      await app.ok('recipients:create', recipientInput(orgId, { legalName: 'ОАО «Банк»', type: 'bank' }))
    ).id;
    const { importIds } = await insertScopeFixture(app, orgId, { courierId, bankId });
    const count = (c: object) => app.ok('breaches:scopeCount', { organisationId: orgId, ...c });
    expect(await count({ recipientId: courierId })).toEqual({ subjects: 1, orders: 2 });
    expect(await count({ from: '2026-03-01', to: '2026-03-31' })).toEqual({ subjects: 2, orders: 2 });
    expect(await count({ importId: importIds[1] })).toEqual({ subjects: 1, orders: 1 });
    expect(await count({ recipientId: courierId, from: '2026-04-01', to: '2026-04-30' })).toEqual({
      subjects: 1,
      orders: 1,
    });
    expect(await count({ importId: importIds[0] })).toEqual({ subjects: 2, orders: 3 });

    const incident = await app.ok('breaches:create', breachInput(orgId));
    const saved = await app.ok('breaches:saveScope', {
      incidentId: incident.id,
      criteria: { organisationId: orgId, importId: importIds[0] ?? null },
    });
    expect(saved.approxSubjects).toBe(2);
    expect(saved.scope).toMatchObject({ subjects: 2, importFileName: 'a.csv' });
    const page = await app.ok('breaches:scopeSubjects', { incidentId: incident.id });
    expect(page.items.map((s) => s.fullName)).toEqual(['Асанов Бакыт', 'Волков Иван']);
    expect(page.items[0]?.phones).toEqual(['+996555000001']);

    const { jobId } = await app.ok('breaches:mailMergeStart', { incidentId: incident.id });
    let status = await app.ok('breaches:mailMergeJob', { jobId });
    for (let i = 0; i < 600 && (status.state === 'building' || status.state === 'printing'); i += 1) {
      await new Promise((r) => setTimeout(r, 25));
      status = await app.ok('breaches:mailMergeJob', { jobId });
    }
    expect(status).toMatchObject({ state: 'done', letters: 2, total: 2, percent: 100 });
    const html = app.printer.printed.at(-1)?.html ?? '';
    for (const text of [
      // GOST: the surname in the dative and initials; no patronymic, so a neutral salutation.
      'Асанову Б.',
      'Здравствуйте, Бакыт Асанов!',
      'г. Бишкек, ул. Киевская, д. 10',
      'Волкову И.',
      'г. Каракол, ул. Токтогула, д. 7',
    ])
      expect(html).toContain(text);
    expect(html).not.toContain('Бекова Айгуль');
    expect(html.match(/class="letter"/g)).toHaveLength(2);
  });

  it('renders the notices and the report', async () => {
    const orgId = (await app.ok('organisations:create', shopRu)).id;
    const incident = await app.ok(
      'breaches:create',
      breachInput(orgId, { presumedCauses: 'Ошибка настройки' }),
    );
    const ru24 = await breachesDocuments.breachNoticeRu24(app.ctx, {
      kind: 'breachNoticeRu24',
      incidentId: incident.id,
    });
    expect(ru24.html).toContain('Ошибка настройки');
    expect(ru24.html).toContain('(Роскомнадзор)</div>');
    expect(ru24.print.landscape).toBe(false);
    const report = await breachesDocuments.breachReport(app.ctx, {
      kind: 'breachReport',
      incidentId: incident.id,
    });
    expect(report.html).toContain('Роскомнадзор: до 21.11.2026 10:00');
  });
});
