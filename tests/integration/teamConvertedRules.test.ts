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

  describe('working calendars, recipients’ archive reasons and aliases (step 3)', () => {
    const calendar = (origin: string, version: string) =>
      `INSERT INTO working_calendars (country, year, version, data, origin, created_at, created_by)
       VALUES ('KG', 2031, '${version}', '{}', '${origin}', 'client time', 'Подделка') RETURNING id, created_at, created_by`;

    it('lets every login read the calendars, only officers add a version, audited, and nobody change one', async () => {
      expect(await sqlState(lawyer.inTx(() => lawyer.client.query(calendar('corrected', 'l'))))).toBe(
        '42501',
      );
      expect(await sqlState(auditor.inTx(() => auditor.client.query(calendar('corrected', 'a'))))).toBe(
        '42501',
      );
      expect(await sqlState(officer.inTx(() => officer.client.query(calendar('corrected', 'u'))))).toBe(
        'CD001',
      );
      // The id is the server's: a client cannot make its version the newest one.
      const forged = `INSERT INTO working_calendars (id, country, year, version, data, origin, created_at)
        VALUES (1000000, 'KG', 2031, 'f', '{}', 'corrected', 'x')`;
      expect(await sqlState(officer.inTx(() => officer.client.query(forged)))).toBe('42501');
      const saved = await officer.inTx(async () => {
        const row = (await officer.client.query(calendar('corrected', 'ok'))).rows[0];
        await officer.audit('workingCalendar', row.id, null);
        return row;
      });
      // The server wrote who and when, whatever the client claimed.
      expect(saved.created_by).toBe(app.team?.logins.officer.displayName);
      expect(saved.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      for (const session of [officer, lawyer, auditor])
        expect(
          (await session.client.query('SELECT id FROM working_calendars WHERE id = $1', [saved.id])).rows,
        ).toHaveLength(1);
      const update = 'UPDATE working_calendars SET data = \'{"daysOff":[]}\' WHERE id = $1';
      expect(await sqlState(officer.inTx(() => officer.client.query(update, [saved.id])))).toBe('42501');
      expect(
        await sqlState(officer.client.query('DELETE FROM working_calendars WHERE id = $1', [saved.id])),
      ).toBe('42501');
    });

    it('keeps an archive reason and a recipient’s sort key under the recipient’s rules', async () => {
      const insert = (organisationId: number) =>
        officer.inTx(async () => {
          const { rows } = await officer.client.query<{ id: number }>(
            `INSERT INTO recipients (organisation_id, type, legal_name, country, role, legal_basis, purposes, created_at, updated_at)
             VALUES ($1, 'courier', 'Курьер', 'KG', 'processor', 'contract', 'доставка', 'x', 'x') RETURNING id`,
            [organisationId],
          );
          const id = rows[0]?.id ?? 0;
          await officer.audit('recipient', id, organisationId);
          return id;
        });
      const mine = await insert(shopA);
      const other = await insert(shopB);
      const reason = 'INSERT INTO recipient_archive_reasons (recipient_id, reason) VALUES ($1, $2)';
      expect(await sqlState(lawyer.inTx(() => lawyer.client.query(reason, [mine, 'юрист'])))).toBe('42501');
      expect(await sqlState(officer.inTx(() => officer.client.query(reason, [mine, 'без записи'])))).toBe(
        'CD001',
      );
      for (const id of [mine, other])
        await officer.inTx(async () => {
          await officer.client.query(reason, [id, `причина ${id}`]);
          await officer.audit('recipient', id, id === mine ? shopA : shopB);
        });
      expect(
        await sqlState(
          officer.client.query('DELETE FROM recipient_archive_reasons WHERE recipient_id = $1', [mine]),
        ),
      ).toBe('42501');
      // The auditor granted shop A reads its reason only.
      expect((await auditor.client.query('SELECT recipient_id FROM recipient_archive_reasons')).rows).toEqual(
        [{ recipient_id: mine }],
      );
      // The sort key (added after the table) is under the audit rule too.
      const rekey = "UPDATE recipients SET legal_name_key = 'a' WHERE id = $1";
      expect(await sqlState(officer.inTx(() => officer.client.query(rekey, [mine])))).toBe('CD001');
    });

    it('lets only officers map a shop’s values to recipients, audited, per organisation', async () => {
      const alias = (organisationId: number, key: string) =>
        `INSERT INTO recipient_aliases (organisation_id, field, value_key, value, updated_at)
         VALUES (${organisationId}, 'delivery', '${key}', '${key}', 'x')`;
      expect(await sqlState(lawyer.inTx(() => lawyer.client.query(alias(shopA, 'l'))))).toBe('42501');
      expect(await sqlState(officer.inTx(() => officer.client.query(alias(shopA, 'u'))))).toBe('CD001');
      for (const shop of [shopA, shopB])
        await officer.inTx(async () => {
          await officer.client.query(alias(shop, `cdek${shop}`));
          await officer.audit('recipientAlias', shop, shop);
        });
      expect(await sqlState(officer.client.query('DELETE FROM recipient_aliases'))).toBe('42501');
      expect((await auditor.client.query('SELECT organisation_id FROM recipient_aliases')).rows).toEqual([
        { organisation_id: shopA },
      ]);
    });
  });
});
