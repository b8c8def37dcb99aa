import { afterEach, beforeEach, expect, it } from 'vitest';
import { auditHistoryOf, verifyAuditOf } from '../support/auditTrail';
import { describeEngines } from '../support/engines';
import { createOrganisation } from '../support/organisationFixture';
import { startTestApp, type TestApp } from '../support/testContext';
import { shopKg } from './correspondenceFixtures';

describeEngines('correspondence settings', (engine) => {
  let app: TestApp;
  let orgId: number;
  beforeEach(async () => {
    app = await startTestApp({ engine });
    orgId = (await createOrganisation(app, shopKg)).id;
  });
  afterEach(async () => app.close());

  it('shows the defaults until saved, then the saved values', async () => {
    const defaults = await app.ok('correspondence:getSettings', { organisationId: orgId });
    expect(defaults).toMatchObject({
      saved: false,
      updatedAt: null,
      incomingFormat: '{seq}-{kind}/{yyyy}',
      outgoingFormat: 'Исх-{seq}/{yyyy}',
      timeZone: 'Asia/Bishkek',
      kgBreachTargetHours: 72,
      gdprOptIn: false,
    });
    const saved = await app.ok('correspondence:updateSettings', {
      organisationId: orgId,
      data: {
        ...defaults,
        incomingFormat: 'Вх-{seq:3}/{yy}-{kind}',
        kindCodes: { ...defaults.kindCodes, claim: 'ПР' },
        gdprOptIn: true,
        kgBreachTargetHours: 48,
      },
    });
    expect(saved).toMatchObject({ saved: true, incomingFormat: 'Вх-{seq:3}/{yy}-{kind}', gdprOptIn: true });
    expect(saved.kindCodes.claim).toBe('ПР');
    expect(saved.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(await app.ok('correspondence:getSettings', { organisationId: orgId })).toEqual(saved);
  });

  it('audits the first save as a creation and later ones as updates, in a chain that verifies', async () => {
    const defaults = await app.ok('correspondence:getSettings', { organisationId: orgId });
    await app.ok('correspondence:updateSettings', { organisationId: orgId, data: defaults });
    await app.ok('correspondence:updateSettings', {
      organisationId: orgId,
      data: { ...defaults, signatoryName: 'Токтогулова Ж. М.' },
    });
    const history = await auditHistoryOf(app, 'correspondenceSettings', orgId);
    expect(history.map((e) => e.action)).toEqual(['update', 'create']);
    expect(history[0]?.changed).toContain('signatoryName');
    expect(history[1]?.before).toBeNull();
    // The actor: the OS user and responsible person on SQLite; the authenticated login on PostgreSQL.
    if (app.team) {
      expect(history[0]).toMatchObject({
        actorOs: app.team.logins.officer.login,
        actorPerson: app.team.logins.officer.displayName,
      });
    }
    expect(await verifyAuditOf(app)).toMatchObject({ ok: true, firstBrokenId: null });
  });

  it('refuses a second save over a newer version, naming who saved it and when', async () => {
    const loaded = await app.ok('correspondence:getSettings', { organisationId: orgId });
    // Two people opened the form on the same version; the first one saves.
    const first = await app.ok('correspondence:updateSettings', {
      organisationId: orgId,
      data: { ...loaded, executorName: 'Первый' },
      expectedUpdatedAt: loaded.updatedAt,
    });
    const second = await app.call('correspondence:updateSettings', {
      organisationId: orgId,
      data: { ...loaded, executorName: 'Второй' },
      expectedUpdatedAt: loaded.updatedAt,
    });
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'errors.staleRecord' } });
    const lastEntry = (await auditHistoryOf(app, 'correspondenceSettings', orgId))[0];
    if (!second.ok)
      expect(second.error.params).toEqual({
        changedBy: lastEntry?.actorPerson || lastEntry?.actorOs,
        changedAt: lastEntry?.at,
      });
    expect((await app.ok('correspondence:getSettings', { organisationId: orgId })).executorName).toBe(
      'Первый',
    );
    // Saving again from the current version works.
    const third = await app.ok('correspondence:updateSettings', {
      organisationId: orgId,
      data: { ...first, executorName: 'Второй' },
      expectedUpdatedAt: first.updatedAt,
    });
    expect(third.executorName).toBe('Второй');
  });

  it('refuses formats without {seq} or with unknown tokens, and unknown organisations', async () => {
    const settings = await app.ok('correspondence:getSettings', { organisationId: orgId });
    expect(
      await app.call('correspondence:updateSettings', {
        organisationId: orgId,
        data: { ...settings, incomingFormat: '{yyyy}-{kind}' },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fieldErrors: { 'data.incomingFormat': ['validation.numbering.noSeq'] } },
    });
    expect(await app.call('correspondence:getSettings', { organisationId: orgId + 100 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(
      await app.call('correspondence:updateSettings', { organisationId: orgId + 100, data: settings }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await verifyAuditOf(app)).ok).toBe(true);
  });

  it.runIf(engine === 'postgres')(
    'in team mode lets only the officers granted an organisation change its settings',
    async () => {
      const team = app.team as NonNullable<TestApp['team']>;
      await team.grant(team.logins.lawyer, orgId, 'lawyer');
      const settings = await app.ok('correspondence:getSettings', { organisationId: orgId });
      const lawyerApp = await startTestApp({ joinTeam: { team, login: team.logins.lawyer } });
      const auditorApp = await startTestApp({ joinTeam: { team, login: team.logins.auditor } });
      try {
        // The lawyer reads the settings (answers print with them) but may not change them.
        expect(await lawyerApp.ok('correspondence:getSettings', { organisationId: orgId })).toEqual(settings);
        expect(
          await lawyerApp.call('correspondence:updateSettings', { organisationId: orgId, data: settings }),
        ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: 'errors.team.forbidden' } });
        // The auditor was granted nothing here: the organisation does not exist for them.
        expect(await auditorApp.call('correspondence:getSettings', { organisationId: orgId })).toMatchObject({
          ok: false,
          error: { code: 'NOT_FOUND' },
        });
        expect((await auditHistoryOf(app, 'correspondenceSettings', orgId)).length).toBe(0);
      } finally {
        await lawyerApp.close();
        await auditorApp.close();
      }
    },
  );
});
