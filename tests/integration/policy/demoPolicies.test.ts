import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/testContext';

let app: TestApp;
beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => app.close());

describe('demo organisations', () => {
  it('get their published policies loaded and confirmed, and the register is checked against them', async () => {
    await app.ok('demo:load', { scope: 'register' });
    const shops = await app.ok('organisations:list', { includeArchived: false });
    const kg = shops.find((o) => o.jurisdiction === 'KG');
    const kz = shops.find((o) => o.jurisdiction === 'KZ');
    const ru = shops.find((o) => o.jurisdiction === 'RU');
    for (const org of [kg, kz, ru]) {
      const versions = await app.ok('policies:list', { organisationId: org?.id ?? 0 });
      expect(versions).toHaveLength(1);
      expect(versions[0]).toMatchObject({ status: 'confirmed', inForce: true });
    }
    const kgRegister = await app.ok('recipients:list', { organisationId: kg?.id ?? 0, limit: 100 });
    const bank = kgRegister.items.find((r) => r.type === 'bank');
    expect(bank?.policyFindings.map((f) => f.problem)).toEqual(['policyKind', 'policyData']);
    expect(await app.ok('policies:claimTerms', { organisationId: kz?.id ?? 0 })).toMatchObject({
      state: 'period',
      ref: '9.2',
    });
    expect(await app.ok('policies:claimTerms', { organisationId: ru?.id ?? 0 })).toMatchObject({
      state: 'period',
      ref: '7.3',
    });
    // The Russian shop's register holds only kinds its policy allows: no policy problems.
    const ruRegister = await app.ok('recipients:list', { organisationId: ru?.id ?? 0, limit: 100 });
    expect(ruRegister.items.flatMap((r) => r.policyFindings)).toEqual([]);
    const [kgVersion] = await app.ok('policies:list', { organisationId: kg?.id ?? 0 });
    const history = await app.ok('audit:history', { entity: 'policyVersion', entityId: kgVersion?.id ?? 0 });
    expect(history.map((h) => h.action)).toEqual(['update', 'create']); // newest first
  });
});
