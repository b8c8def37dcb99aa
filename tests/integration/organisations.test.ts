import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kgOrganisation } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/testContext';

let app: TestApp;
beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => app.close());

describe('organisations', () => {
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
    await expect(app.ctx.db.run('DELETE FROM organisations')).rejects.toThrow(/archived, not deleted/);
  });

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

  it('loads the demo register (scope «register»): three shops with recipients of every type, once', async () => {
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
  });

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
