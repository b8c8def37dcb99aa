import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { storeOf } from '../../electron/db/store/interop';
import type { CorrespondenceSettings } from '../../shared/domain/correspondenceSettings';
import { formatRegistrationNumber } from '../../shared/correspondence/numbering';
import { createOrganisation } from '../support/organisationFixture';
import { rawSession, sqlState, type RawSession } from '../support/teamSql';
import { startTestApp, type TestApp } from '../support/testContext';
import { shopKg, shopRu } from './correspondenceFixtures';

/**
 * The correspondence register's tables under the team rules (docs/team-mode.md §12, step 4), with
 * raw SQL under each role's own login: server numbering (incoming and outgoing), answer chains, a
 * sent answer frozen, the lawyer's and auditor's limits, evidence never deleted, search by trigram.
 */
describe.skipIf(inject('postgres') === null)(
  'the correspondence register under the team rules [postgres]',
  () => {
    let app: TestApp;
    let officer: RawSession;
    let lawyer: RawSession;
    let auditor: RawSession;
    let shopA: number;
    let shopB: number;
    let settingsA: CorrespondenceSettings;

    const ITEM_COLUMNS = `organisation_id, year, seq, number, kind, received_date, received_via, status, rule_id,
    start_date, due_date, deadline, created_at, updated_at`;
    /** A registration as a client would send it, with a forged number the server must replace. */
    const registration = (session: RawSession, organisationId: number, kind = 'claim') =>
      session.client.query<{ id: number; year: number; seq: number; number: string }>(
        `INSERT INTO correspondence_items (${ITEM_COLUMNS})
       VALUES ($1, 1999, 777, 'ПОДДЕЛКА', $2, '2026-11-05', 'post', 'registered', 'r', '2026-11-05', '2026-12-05', '{}', 'x', 'x')
       RETURNING id, year, seq, number`,
        [organisationId, kind],
      );
    const register = (session: RawSession, organisationId: number, kind = 'claim') =>
      session.inTx(async () => {
        const row = (await registration(session, organisationId, kind)).rows[0];
        if (!row) throw new Error('no row');
        await session.audit('correspondenceItem', row.id, organisationId);
        return row;
      });
    const draft = (
      session: RawSession,
      itemId: number,
      organisationId: number,
      chainId: number | null = null,
    ) =>
      session.inTx(async () => {
        const { rows } = await session.client.query<{ id: number; chain_id: number }>(
          `INSERT INTO correspondence_answers (organisation_id, item_id, chain_id, version, decision, state,
           addressee_name, heading, blocks, created_at, updated_at)
         VALUES ($1, $2, $3, $4, 'satisfy', 'draft', 'Асанов', 'Ответ', '[]', 'x', 'x') RETURNING id, chain_id`,
          [organisationId, itemId, chainId, chainId === null ? 1 : 2],
        );
        const row = rows[0];
        if (!row) throw new Error('no row');
        await session.audit('correspondenceAnswer', row.id, organisationId);
        return row;
      });
    const serverToday = async (timeZone: string): Promise<string> =>
      (
        await officer.client.query<{ d: string }>(
          `SELECT to_char(now() AT TIME ZONE $1, 'YYYY-MM-DD') AS d`,
          [timeZone],
        )
      ).rows[0]?.d ?? '';

    beforeAll(async () => {
      app = await startTestApp({ engine: 'postgres' });
      const team = app.team as NonNullable<TestApp['team']>;
      shopA = (await createOrganisation(app, shopKg)).id;
      shopB = (await createOrganisation(app, shopRu)).id;
      settingsA = await app.ok('correspondence:getSettings', { organisationId: shopA });
      settingsA = await app.ok('correspondence:updateSettings', { organisationId: shopA, data: settingsA });
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

    it('numbers a registration on the server from the saved settings, whatever the client sends, and freezes it', async () => {
      // No numbering settings saved for shop B yet: nothing is registered.
      expect(await sqlState(register(officer, shopB))).toBe('CD003');
      // … and the app says so in the person's language, never with the server's text.
      await expect(
        storeOf(app.ctx).transaction((tx) =>
          sql`INSERT INTO correspondence_items (${sql.raw(ITEM_COLUMNS)}) VALUES (${shopB}, 0, 0, '', 'claim', '2026-11-05',
          'post', 'registered', 'r', '2026-11-05', '2026-12-05', '{}', 'x', 'x')`.execute(tx.k),
        ),
      ).rejects.toMatchObject({ code: 'CONFLICT', message: 'errors.team.numberingSettings' });
      const today = await serverToday(settingsA.timeZone);
      const first = await register(officer, shopA, 'access');
      expect(first).toMatchObject({
        year: Number(today.slice(0, 4)),
        seq: 1,
        number: formatRegistrationNumber(settingsA.incomingFormat, {
          seq: 1,
          date: today,
          kindCode: settingsA.kindCodes.access,
        }),
      });
      for (const column of ['seq = 5', "number = 'x'", 'year = 2000'])
        expect(
          await sqlState(
            officer.inTx(() =>
              officer.client.query(`UPDATE correspondence_items SET ${column} WHERE id = $1`, [first.id]),
            ),
          ),
        ).toBe('42501');
      expect(
        await sqlState(officer.client.query('DELETE FROM correspondence_items WHERE id = $1', [first.id])),
      ).toBe('42501');
      expect(await sqlState(officer.inTx(() => registration(officer, shopA)))).toBe('CD001'); // unaudited
    });

    it('gives twenty registrations from two connections at once the numbers that follow, no gap, no duplicate', async () => {
      const team = app.team as NonNullable<TestApp['team']>;
      const second = await rawSession(team, team.logins.officer);
      try {
        const before =
          (
            await officer.client.query<{ n: number }>(
              'SELECT max(seq) AS n FROM correspondence_items WHERE organisation_id = $1',
              [shopA],
            )
          ).rows[0]?.n ?? 0;
        // Two connections, ten registrations each, interleaved: each waits for the other's counter row.
        const sessions = [officer, second];
        const rows = await Promise.all(
          sessions.map(async (session) => {
            const mine = [];
            for (let i = 0; i < 10; i += 1) mine.push(await register(session, shopA));
            return mine;
          }),
        );
        const seqs = rows
          .flat()
          .map((r) => r.seq)
          .sort((a, b) => a - b);
        expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => before + i + 1));
        expect(new Set(rows.flat().map((r) => r.number)).size).toBe(20);
      } finally {
        await second.client.end();
      }
    });

    it('keeps answers in chains, numbers them when dated, refuses a future date and freezes a sent one', async () => {
      const item = await register(officer, shopA);
      const first = await draft(lawyer, item.id, shopA);
      expect(first.chain_id).toBe(first.id); // a chain is named by its first version
      const other = await register(officer, shopA);
      expect(await sqlState(draft(lawyer, other.id, shopA, first.id))).toBe('42501'); // another item's chain
      const second = await draft(lawyer, item.id, shopA, first.id);
      expect(second.chain_id).toBe(first.id);
      const date = (id: number, day: string) =>
        lawyer.inTx(async () => {
          const { rows } = await lawyer.client.query<{ outgoing_seq: number; outgoing_number: string }>(
            `UPDATE correspondence_answers SET outgoing_date = $2, state = 'registered' WHERE id = $1
           RETURNING outgoing_seq, outgoing_number`,
            [id, day],
          );
          await lawyer.audit('correspondenceAnswer', id, shopA);
          return rows[0];
        });
      expect(await sqlState(date(first.id, '2999-01-01'))).toBe('CD002');
      const today = await serverToday(settingsA.timeZone);
      const numbered = await date(first.id, today);
      expect(numbered).toEqual({
        outgoing_seq: 1,
        outgoing_number: formatRegistrationNumber(settingsA.outgoingFormat, {
          seq: 1,
          date: today,
          kindCode: settingsA.kindCodes.claim,
        }),
      });
      expect(await sqlState(date(first.id, '2026-01-02'))).toBe('42501'); // number and date are given
      await lawyer.inTx(async () => {
        await lawyer.client.query(
          "UPDATE correspondence_answers SET state = 'sent', sent_date = $2 WHERE id = $1",
          [first.id, today],
        );
        await lawyer.audit('correspondenceAnswer', first.id, shopA);
      });
      const edit = "UPDATE correspondence_answers SET heading = 'Другой' WHERE id = $1";
      expect(await sqlState(officer.inTx(() => officer.client.query(edit, [first.id])))).toBe('42501'); // frozen
      expect(
        await sqlState(officer.client.query('DELETE FROM correspondence_answers WHERE id = $1', [first.id])),
      ).toBe('42501');
      expect(await sqlState(auditor.inTx(() => draft(auditor, item.id, shopA)))).toBe('42501');
    });

    it('lets the lawyer move an item’s status only, the auditor nothing, and shows each login its organisations only', async () => {
      const item = await register(officer, shopA);
      const status =
        "UPDATE correspondence_items SET status = 'answerDrafted', updated_at = 'y' WHERE id = $1";
      expect(
        await sqlState(
          lawyer.inTx(async () => {
            await lawyer.client.query(status, [item.id]);
            await lawyer.audit('correspondenceItem', item.id, shopA);
          }),
        ),
      ).toBe('ok');
      expect(await sqlState(lawyer.inTx(() => lawyer.client.query(status, [item.id])))).toBe('CD001');
      const demands = "UPDATE correspondence_items SET demands = 'иное' WHERE id = $1";
      expect(await sqlState(lawyer.inTx(() => lawyer.client.query(demands, [item.id])))).toBe('42501');
      expect(await sqlState(lawyer.inTx(() => registration(lawyer, shopA)))).toBe('42501');
      expect(await sqlState(auditor.inTx(() => auditor.client.query(status, [item.id])))).toBe('42501');
      const seen = await auditor.client.query<{ organisation_id: number }>(
        'SELECT DISTINCT organisation_id FROM correspondence_items',
      );
      expect(seen.rows).toEqual([{ organisation_id: shopA }]);
    });

    it('keeps extensions, pauses, attachments, blocks and the search text as evidence of the officer’s organisation', async () => {
      const item = await register(officer, shopA);
      const children: [string, string, unknown[]][] = [
        [
          'correspondence_extensions',
          "(item_id, amount, unit, reason, granted_on, created_at) VALUES ($1, 10, 'workingDays', 'запрос', '2026-11-06', 'x')",
          [item.id],
        ],
        [
          'correspondence_pauses',
          "(item_id, from_date, reason, resume_status, created_at) VALUES ($1, '2026-11-06', 'уточнение', 'inReview', 'x')",
          [item.id],
        ],
        [
          'correspondence_attachments',
          "(item_id, file_name, sha256, size, attached_at) VALUES ($1, 'скан.pdf', 'ab', 1, 'x')",
          [item.id],
        ],
        ['correspondence_search', "(item_id, text) VALUES ($1, 'вернуть деньги за ЧАЙНИК')", [item.id]],
        [
          'subject_blocks',
          "(organisation_id, item_id, from_date, reason, created_at) VALUES ($2, $1, '2026-11-06', 'проверка', 'x')",
          [item.id, shopA],
        ],
      ];
      for (const [table, values, params] of children) {
        const insert = (session: RawSession) =>
          session.client.query(`INSERT INTO ${table} ${values}`, params);
        expect(await sqlState(lawyer.inTx(() => insert(lawyer))), table).toBe('42501');
        expect(await sqlState(officer.inTx(() => insert(officer))), table).toBe('CD001');
        const entity = table === 'subject_blocks' ? 'subjectBlock' : 'correspondenceItem';
        await officer.inTx(async () => {
          const { rows } = await officer.client.query(`INSERT INTO ${table} ${values} RETURNING *`, params);
          await officer.audit(entity, entity === 'subjectBlock' ? rows[0].id : item.id, shopA);
        });
        expect(await sqlState(officer.client.query(`DELETE FROM ${table}`)), table).toBe('42501');
        expect((await auditor.client.query(`SELECT * FROM ${table}`)).rows.length, table).toBe(1);
      }
      // The trigram index answers a fragment in any case, for a lawyer too.
      const found = await lawyer.client.query(
        "SELECT item_id FROM correspondence_search WHERE text ILIKE '%чайн%'",
      );
      expect(found.rows).toEqual([{ item_id: item.id }]);
    });
  },
);
