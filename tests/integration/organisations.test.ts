import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEngines } from '../support/engines';
import { kgOrganisation, recipientInput } from '../support/fixtures';
import { rawSession, sqlState } from '../support/teamSql';
import { startTestApp, type TestApp } from '../support/testContext';

describeEngines('organisations', (engine) => {
  let app: TestApp;
  beforeEach(async () => {
    app = await startTestApp({ engine });
  });
  afterEach(async () => app.close());

  /** A recipient in `country`, through the channel as the app adds it, on either engine. */
  const addRecipient = async (organisationId: number, country: 'KG' | 'KZ' | 'RU'): Promise<number> =>
    (
      await app.ok(
        'recipients:create',
        recipientInput(organisationId, {
          country,
          registrationNumber: country === 'RU' ? '7707083893' : '',
        }),
      )
    ).id;

  const crossBorder = async (recipientId: number): Promise<number> =>
    app.team
      ? (await app.team.admin.query('SELECT cross_border FROM recipients WHERE id = $1', [recipientId]))
          .rows[0].cross_border
      : (
          (await app.ctx.db.get<{ c: number }>('SELECT cross_border AS c FROM recipients WHERE id = :id', {
            id: recipientId,
          })) ?? { c: -1 }
        ).c;

  it('creates the first organisation and makes it current', async () => {
    expect((await app.ok('app:info')).organisationCount).toBe(0);
    const org = await app.ok('organisations:create', kgOrganisation);
    expect(org).toMatchObject({
      name: kgOrganisation.name,
      jurisdiction: 'KG',
      policyVersionDate: '',
      archivedAt: null,
    });
    expect((await app.ok('settings:get')).currentOrganisationId).toBe(org.id);
    expect((await app.ok('app:info')).organisationCount).toBe(1);
  });

  it('validates the registration number per jurisdiction', async () => {
    const kz = await app.call('organisations:create', {
      ...kgOrganisation,
      jurisdiction: 'KZ',
      registrationNumber: '123456789012',
    });
    expect(kz).toMatchObject({
      ok: false,
      error: { fieldErrors: { registrationNumber: ['validation.regNumber.KZ.checksum'] } },
    });
    const ru = await app.call('organisations:create', {
      ...kgOrganisation,
      jurisdiction: 'RU',
      registrationNumber: '12345',
    });
    expect(ru).toMatchObject({
      ok: false,
      error: { fieldErrors: { registrationNumber: ['validation.regNumber.RU.length'] } },
    });
    const bad = await app.call('organisations:create', {
      ...kgOrganisation,
      email: 'not-an-email',
      policyVersionDate: '2025-02-30',
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { fieldErrors: { email: ['validation.email'], policyVersionDate: ['validation.date'] } },
    });
  });

  it('updates, archives and restores; archived ones are hidden unless asked for', async () => {
    const org = await app.ok('organisations:create', kgOrganisation);
    const updated = await app.ok('organisations:update', {
      id: org.id,
      data: { ...kgOrganisation, policyClaimClause: '8.2' },
    });
    expect(updated.policyClaimClause).toBe('8.2');
    await app.ok('organisations:archive', { id: org.id });
    expect(await app.ok('organisations:list', { includeArchived: false })).toEqual([]);
    expect(await app.ok('organisations:list', { includeArchived: true })).toHaveLength(1);
    expect((await app.ok('organisations:restore', { id: org.id })).archivedAt).toBeNull();
    // Restoring what is not archived changes nothing and records nothing.
    await app.ok('organisations:restore', { id: org.id });
    const history = await app.ok('audit:history', { entity: 'organisation', entityId: org.id });
    expect(history.map((e) => e.action)).toEqual(['restore', 'archive', 'update', 'create']);
    expect(history[2]?.changed).toContain('policyClaimClause');
    if (app.team) {
      const officer = await rawSession(app.team, app.team.logins.officer);
      expect(await sqlState(officer.client.query('DELETE FROM organisations'))).toBe('42501');
      await officer.client.end();
    } else {
      await expect(app.ctx.db.run('DELETE FROM organisations')).rejects.toThrow(/archived, not deleted/);
    }
  });

  it('lists by name without regard to case in every alphabet, the same on both engines', async () => {
    for (const name of ['яблоко', 'Cherry', 'Апельсин', 'banana', 'Ёлка', 'ёж'])
      await app.ok('organisations:create', { ...kgOrganisation, name });
    const names = (await app.ok('organisations:list', { includeArchived: false })).map((o) => o.name);
    // Code point order of the lower-cased names: Latin, then Cyrillic а…я, then ё.
    expect(names).toEqual(['banana', 'Cherry', 'Апельсин', 'яблоко', 'ёж', 'Ёлка']);
  });

  it('re-derives its recipients’ cross-border flag when the jurisdiction changes, in the same change', async () => {
    const org = await app.ok('organisations:create', kgOrganisation);
    const local = await addRecipient(org.id, 'KG');
    const russian = await addRecipient(org.id, 'RU');
    expect([await crossBorder(local), await crossBorder(russian)]).toEqual([0, 1]);
    const ru = { ...kgOrganisation, jurisdiction: 'RU', registrationNumber: '7707083893' } as const;
    await app.ok('organisations:update', { id: org.id, data: ru });
    expect([await crossBorder(local), await crossBorder(russian)]).toEqual([1, 0]);
    expect((await app.ok('audit:verify')).ok).toBe(true);
  });

  it.runIf(engine === 'postgres')(
    'in team mode shows each person the organisations granted to them, and only officers change them',
    async () => {
      const team = app.team as NonNullable<TestApp['team']>;
      const mine = await app.ok('organisations:create', kgOrganisation);
      const other = await app.ok('organisations:create', { ...kgOrganisation, name: 'Другой магазин' });
      await team.grant(team.logins.lawyer, mine.id, 'lawyer');
      const lawyerApp = await startTestApp({ joinTeam: { team, login: team.logins.lawyer } });
      const auditorApp = await startTestApp({ joinTeam: { team, login: team.logins.auditor } });
      try {
        expect(
          (await lawyerApp.ok('organisations:list', { includeArchived: true })).map((o) => o.id),
        ).toEqual([mine.id]);
        expect(await lawyerApp.call('organisations:get', { id: other.id })).toMatchObject({
          ok: false,
          error: { code: 'NOT_FOUND' },
        });
        expect(
          await lawyerApp.call('organisations:update', {
            id: mine.id,
            data: { ...kgOrganisation, phone: '1' },
          }),
        ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: 'errors.team.forbidden' } });
        expect(await lawyerApp.call('organisations:archive', { id: mine.id })).toMatchObject({
          ok: false,
          error: { code: 'FORBIDDEN' },
        });
        expect(await auditorApp.call('organisations:create', kgOrganisation)).toMatchObject({
          ok: false,
          error: { code: 'FORBIDDEN' },
        });
        expect((await auditorApp.ok('app:info')).organisationCount).toBe(0);
        expect(await app.ok('organisations:get', { id: mine.id })).toEqual(mine);
      } finally {
        await lawyerApp.close();
        await auditorApp.close();
      }
    },
  );

  it('answers NOT_FOUND for an unknown id and VALIDATION for a malformed payload', async () => {
    expect(await app.call('organisations:get', { id: 42 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await app.call('organisations:get', { id: 'x' } as never)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fieldErrors: { id: ['validation.invalid'] } },
    });
    expect(await app.call('nope:nothing' as never)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  // The demo loader writes recipients, which are converted in step 3.
  it.runIf(engine === 'sqlite')(
    'loads the demo register (scope «register»): three shops with recipients of every type, once',
    async () => {
      expect(await app.ok('demo:load', { scope: 'register' })).toMatchObject({
        organisations: 3,
        recipients: 18,
        orders: 0,
      });
      const orgs = await app.ok('organisations:list', { includeArchived: false });
      expect(orgs.map((o) => o.jurisdiction).sort()).toEqual(['KG', 'KZ', 'RU']);
      const types = new Set<string>();
      for (const o of orgs) {
        (await app.ok('recipients:list', { organisationId: o.id, limit: 100 })).items.forEach((r) =>
          types.add(r.type),
        );
      }
      expect([...types].sort()).toEqual([
        'analytics',
        'bank',
        'courier',
        'other',
        'postal',
        'state',
        'telecom',
      ]);
      // Idempotent: a second load adds nothing.
      expect(await app.ok('demo:load', { scope: 'register' })).toEqual({
        organisations: 0,
        recipients: 0,
        orders: 0,
        correspondence: 0,
        incidents: 0,
        blocks: 0,
      });
      expect(await app.ok('organisations:list', { includeArchived: true })).toHaveLength(3);
    },
  );

  it('keeps settings: language, current organisation and responsible person', async () => {
    const org = await app.ok('organisations:create', kgOrganisation);
    const s = await app.ok('settings:update', {
      uiLanguage: 'en',
      responsiblePerson: 'Иванов И. И.',
      currentOrganisationId: org.id,
    });
    expect(s).toMatchObject({
      uiLanguage: 'en',
      responsiblePerson: 'Иванов И. И.',
      currentOrganisationId: org.id,
    });
    expect(await app.call('settings:update', { currentOrganisationId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await app.call('settings:update', { uiLanguage: 'de' } as never)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});
