import { afterEach, beforeEach, expect, it } from 'vitest';
import type { CorrespondenceSettings } from '../../shared/domain/correspondenceSettings';
import { describeEngines } from '../support/engines';
import { createOrganisation } from '../support/organisationFixture';
import { startTestApp, type TestApp } from '../support/testContext';
import { shopKg, shopRu } from './correspondenceFixtures';

/** The audit trail's channels on both engines: history, the screen's list, verification, seals. */
describeEngines('the audit trail', (engine) => {
  let app: TestApp;
  let orgId: number;
  let settings: CorrespondenceSettings;
  beforeEach(async () => {
    app = await startTestApp({ engine });
    app.ctx.settings.write({ responsiblePerson: 'Асанова А. Б.' });
    orgId = (await createOrganisation(app, shopKg)).id;
    settings = await app.ok('correspondence:getSettings', { organisationId: orgId });
  });
  afterEach(async () => app.close());

  const saveSettings = (signatoryName: string, organisationId = orgId) =>
    app.ok('correspondence:updateSettings', { organisationId, data: { ...settings, signatoryName } });

  /** Raw rows as the engine stores them (the owner's view on PostgreSQL). */
  const storedRows = async (): Promise<{ id: number; entity: string; organisation_id: number | null }[]> =>
    app.team
      ? (await app.team.admin.query('SELECT id, entity, organisation_id FROM audit_log ORDER BY id')).rows
      : app.ctx.db.all('SELECT id, entity, organisation_id FROM audit_log ORDER BY id');

  /** Changes an entry's content behind the app, as someone holding the file or the server would. */
  const tamper = async (id: number): Promise<void> => {
    if (app.team) {
      await app.team.admin.query('ALTER TABLE audit_log DISABLE TRIGGER cd_append_only');
      await app.team.admin.query("UPDATE audit_log SET after_json = '{}' WHERE id = $1", [id]);
      await app.team.admin.query('ALTER TABLE audit_log ENABLE TRIGGER cd_append_only');
    } else {
      await app.ctx.db.exec(
        `DROP TRIGGER audit_log_no_update; UPDATE audit_log SET after_json = '{}' WHERE id = ${id}`,
      );
    }
  };

  it('records whose register each entry belongs to, and shows a record’s history newest first', async () => {
    await saveSettings('Первая');
    await saveSettings('Вторая');
    await app.ok('audit:seal');
    const history = await app.ok('audit:history', { entity: 'correspondenceSettings', entityId: orgId });
    expect(history.map((e) => e.action)).toEqual(['update', 'create']);
    expect(history[0]?.before?.signatoryName).toBe('Первая');
    expect(history[0]?.after?.signatoryName).toBe('Вторая');
    // The organisation's entries carry it; the seal is app-wide.
    expect((await storedRows()).map((r) => [r.entity, r.organisation_id])).toEqual([
      ['organisation', orgId],
      ['correspondenceSettings', orgId],
      ['correspondenceSettings', orgId],
      ['auditTrail', null],
    ]);
  });

  it('lists the trail page by page with the screen’s filters', async () => {
    for (const name of ['Первая', 'Вторая', 'Третья']) await saveSettings(name);
    const all = await app.ok('audit:list', { offset: 0, limit: 2 });
    expect(all.total).toBe(4);
    expect(all.items.map((e) => e.action)).toEqual(['update', 'update']);
    const settingsOnly = await app.ok('audit:list', {
      entity: 'correspondenceSettings',
      offset: 2,
      limit: 2,
    });
    expect(settingsOnly).toMatchObject({ total: 3, items: [{ action: 'create' }] });
    // A fragment of a value, LIKE wildcards taken literally.
    expect((await app.ok('audit:list', { search: 'Втор' })).total).toBe(2);
    expect((await app.ok('audit:list', { search: '%' })).total).toBe(0);
    const person = app.team ? app.team.logins.officer.displayName : 'Асанова А. Б.';
    expect((await app.ok('audit:list', { person: person.slice(0, 4) })).total).toBe(4);
    const firstAt = all.items[1]?.at ?? '';
    expect((await app.ok('audit:list', { to: firstAt })).total).toBeLessThan(4);
    expect((await app.ok('audit:list', { from: firstAt })).total).toBeGreaterThanOrEqual(2);
  });

  it('verifies the chain, finds an entry changed behind the app, and checks records against it', async () => {
    await saveSettings('Первая');
    await saveSettings('Вторая');
    expect(await app.ok('audit:verify')).toMatchObject({
      ok: true,
      checked: 3,
      firstBrokenId: null,
      head: { count: 3 },
      records: { findings: [] },
    });
    const second = (await storedRows())[1]?.id ?? 0;
    await tamper(second);
    expect(await app.ok('audit:verify')).toMatchObject({ ok: false, firstBrokenId: second });
  });

  it('issues a seal of the chain and verifies the chain against it, typed or as a file', async () => {
    await saveSettings('Первая');
    const seal = await app.ok('audit:seal');
    expect(seal).toMatchObject({ count: 3, lastId: 3, format: 'compliance-desk-audit-seal/1' });
    const head = (await app.ok('audit:verify')).head;
    expect(head).toMatchObject({ count: 3, lastId: seal.lastId, hash: seal.hash });
    const typed = { source: 'typed', count: seal.count, hash: seal.hash } as const;
    expect(await app.ok('audit:verifySeal', typed)).toMatchObject({ ok: true, seal: { state: 'match' } });
    await saveSettings('После печати');
    expect(await app.ok('audit:verifySeal', typed)).toMatchObject({ ok: true, seal: { state: 'extended' } });
    expect(
      await app.ok('audit:verifySeal', {
        ...typed,
        hash: seal.hash.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')),
      }),
    ).toMatchObject({ ok: false, seal: { state: 'rewritten' } });
  });

  it.runIf(engine === 'postgres')(
    'in team mode shows each person only the entries they may read, and verifies the whole chain for them',
    async () => {
      const team = app.team as NonNullable<TestApp['team']>;
      const otherId = (await createOrganisation(app, shopRu)).id;
      await saveSettings('Только для своих', otherId);
      await team.grant(team.logins.lawyer, orgId, 'lawyer');
      await team.grant(team.logins.auditor, orgId, 'auditor');
      const lawyerApp = await startTestApp({ joinTeam: { team, login: team.logins.lawyer } });
      const auditorApp = await startTestApp({ joinTeam: { team, login: team.logins.auditor } });
      try {
        // The lawyer reads the first organisation's entries, not the second's.
        const seen = await lawyerApp.ok('audit:list', {});
        expect(seen.total).toBe(1);
        expect(seen.items[0]).toMatchObject({ entity: 'organisation', entityId: orgId });
        expect(await lawyerApp.ok('audit:history', { entity: 'organisation', entityId: otherId })).toEqual(
          [],
        );
        // Yet the chain is verified whole, by the server: three entries, one head.
        const report = await auditorApp.ok('audit:verify');
        expect(report).toMatchObject({ ok: true, checked: 3, head: { count: 3, lastId: 3 } });
        // A change behind the app in an entry the auditor cannot read is still found.
        const hidden = (await storedRows()).find(
          (r) => r.organisation_id === otherId && r.entity !== 'organisation',
        );
        await tamper(hidden?.id ?? 0);
        expect(await auditorApp.ok('audit:verify')).toMatchObject({ ok: false, firstBrokenId: hidden?.id });
        // A lawyer may seal (an app-wide entry); the auditor only reads.
        expect(await lawyerApp.ok('audit:seal')).toMatchObject({ count: 4, lastId: 4 });
        expect(await auditorApp.call('audit:seal')).toMatchObject({
          ok: false,
          error: { code: 'FORBIDDEN', message: 'errors.team.forbidden' },
        });
      } finally {
        await lawyerApp.close();
        await auditorApp.close();
      }
    },
  );
});
