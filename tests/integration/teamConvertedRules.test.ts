import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createOrganisation } from '../support/organisationFixture';
import { rawSession, sqlState, type RawSession } from '../support/teamSql';
import { startTestApp, type TestApp } from '../support/testContext';
import { shopKg, shopRu } from './correspondenceFixtures';

/**
 * The converted register tables under each role's own login, with raw SQL: what a client that
 * bypasses the app can and cannot do (docs/team-mode.md §4). One `describe` per conversion step.
 */
describe.skipIf(inject('postgres') === null)('converted tables under the team rules [postgres]', () => {
  let app: TestApp;
  let officer: RawSession;
  let lawyer: RawSession;
  let auditor: RawSession;
  let shopA: number;
  let shopB: number;

  beforeAll(async () => {
    app = await startTestApp({ engine: 'postgres' });
    const team = app.team as NonNullable<TestApp['team']>;
    shopA = (await createOrganisation(app, shopKg)).id;
    shopB = (await createOrganisation(app, shopRu)).id;
    await team.grant(team.logins.lawyer, shopA, 'lawyer');
    await team.grant(team.logins.auditor, shopA, 'auditor');
    officer = await rawSession(team, team.logins.officer);
    lawyer = await rawSession(team, team.logins.lawyer);
    auditor = await rawSession(team, team.logins.auditor);
  });
  afterAll(async () => {
    await Promise.all([officer, lawyer, auditor].map((s) => s?.client.end().catch(() => undefined)));
    await app.close();
  });

  describe('the audit trail', () => {
    it('shows each login the entries of its organisations, and the chain’s facts without their content', async () => {
      const hidden = Number(
        (await officer.client.query('SELECT id FROM audit_log WHERE organisation_id = $1', [shopB])).rows[0]
          ?.id,
      );
      const seen = await auditor.client.query<{ organisation_id: number | null }>(
        'SELECT organisation_id FROM audit_log',
      );
      expect(seen.rows.map((r) => r.organisation_id)).toEqual([shopA]);
      expect(
        (await auditor.client.query('SELECT after_json FROM audit_log WHERE id = $1', [hidden])).rows,
      ).toEqual([]);
      // Counts, hashes and times of the whole chain come from the server's functions.
      const head = (await auditor.client.query('SELECT * FROM cd_audit_chain_head()')).rows[0];
      expect(head).toMatchObject({ count: 2, last_id: 2 });
      const point = (await auditor.client.query('SELECT * FROM cd_audit_chain_point($1)', [hidden])).rows[0];
      expect(point).toMatchObject({ count: hidden });
      expect(point.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(
        Object.keys((await auditor.client.query('SELECT * FROM cd_audit_chain_entry(1)')).rows[0]),
      ).toEqual(['id', 'at']);
      // The head itself is out of reach.
      expect(await sqlState(auditor.client.query('SELECT * FROM cd_audit_head'))).toBe('42501');
    });

    it('lets officers and lawyers append entries for their organisations only; the auditor never', async () => {
      expect(await sqlState(auditor.inTx(() => auditor.audit('organisation', shopA, shopA)))).toBe('42501');
      expect(await sqlState(auditor.inTx(() => auditor.audit('auditTrail', 0, null)))).toBe('42501');
      expect(await sqlState(lawyer.inTx(() => lawyer.audit('organisation', shopB, shopB)))).toBe('42501');
      expect(await sqlState(lawyer.inTx(() => lawyer.audit('auditTrail', 0, null)))).toBe('ok');
      expect(await sqlState(officer.client.query('DELETE FROM audit_log WHERE id = 1'))).toBe('42501');
    });
  });
});
