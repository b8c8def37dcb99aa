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

  describe('organisations and the recipients table', () => {
    const insertRecipient = (session: RawSession, organisationId: number) =>
      session.client.query<{ id: number }>(
        `INSERT INTO recipients (organisation_id, type, legal_name, country, role, legal_basis, purposes, created_at, updated_at)
         VALUES ($1, 'courier', 'Курьер', 'KG', 'processor', 'contract', 'доставка', 'x', 'x') RETURNING id`,
        [organisationId],
      );

    it('lets only officers create or change organisations, never delete them, and never unaudited', async () => {
      const create = (session: RawSession) =>
        session.inTx(() =>
          session.client.query(
            `INSERT INTO organisations (name, registration_number, jurisdiction, created_at, updated_at)
             VALUES ('Чужой', '1', 'KG', 'x', 'x')`,
          ),
        );
      expect(await sqlState(create(lawyer))).toBe('42501');
      expect(await sqlState(create(auditor))).toBe('42501');
      expect(await sqlState(create(officer))).toBe('CD001'); // no audit entry for it
      const rename = "UPDATE organisations SET name = 'Новое', name_key = 'новое' WHERE id = $1";
      expect(await sqlState(lawyer.client.query(rename, [shopA]))).toBe('42501');
      expect(await sqlState(auditor.client.query(rename, [shopA]))).toBe('42501');
      expect(await sqlState(officer.inTx(() => officer.client.query(rename, [shopA])))).toBe('CD001');
      expect(await sqlState(officer.client.query('DELETE FROM organisations WHERE id = $1', [shopA]))).toBe(
        '42501',
      );
      // The lawyer does not even see the organisation that was not granted.
      expect((await lawyer.client.query('SELECT id FROM organisations')).rows).toEqual([{ id: shopA }]);
    });

    it('writes a recipient’s derived cross-border flag without an entry of its own, anything else only audited', async () => {
      const id = await officer.inTx(async () => {
        const recipient = (await insertRecipient(officer, shopA)).rows[0]?.id ?? 0;
        await officer.audit('recipient', recipient, shopA);
        return recipient;
      });
      expect(
        await sqlState(
          officer.inTx(() =>
            officer.client.query('UPDATE recipients SET cross_border = 1 WHERE id = $1', [id]),
          ),
        ),
      ).toBe('ok');
      expect(
        await sqlState(
          officer.inTx(() =>
            officer.client.query("UPDATE recipients SET cross_border = 0, legal_name = 'x' WHERE id = $1", [
              id,
            ]),
          ),
        ),
      ).toBe('CD001');
      expect(await sqlState(lawyer.inTx(() => insertRecipient(lawyer, shopA)))).toBe('42501');
      expect(
        await sqlState(lawyer.client.query('UPDATE recipients SET cross_border = 0 WHERE id = $1', [id])),
      ).toBe('42501');
      expect(await sqlState(officer.client.query('DELETE FROM recipients WHERE id = $1', [id]))).toBe(
        '42501',
      );
      expect((await auditor.client.query('SELECT cross_border FROM recipients')).rows).toEqual([
        { cross_border: 1 },
      ]);
    });
  });
});
