import { sql } from 'kysely';
import type { CorrespondenceSettings } from '../../shared/domain/correspondenceSettings';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { auditedChange, UnauditedChangeError } from '../../electron/db/store/auditedChange';
import { bulkInsert } from '../../electron/db/store/bulkInsert';
import { localChanges, type ChangeNotice } from '../../electron/db/store/changeFeed';
import { dbOf, storeOf, txOf } from '../../electron/db/store/interop';
import { auditHistoryOf, verifyAuditOf } from '../support/auditTrail';
import { describeEngines } from '../support/engines';
import { createOrganisation } from '../support/organisationFixture';
import { startTestApp, type TestApp } from '../support/testContext';
import { shopKg } from './correspondenceFixtures';

/** A table outside the app's schema, made by the administrator (PostgreSQL) or the test (SQLite). */
const BULK_TABLE =
  'CREATE TABLE t_bulk (k integer PRIMARY KEY, label text, amount integer, origin text NOT NULL)';

describeEngines('the data layer', (engine) => {
  let app: TestApp;
  let orgId: number;
  beforeEach(async () => {
    app = await startTestApp({ engine });
    orgId = (await createOrganisation(app, shopKg)).id;
    if (app.team) await app.team.admin.query(`${BULK_TABLE}; GRANT SELECT, INSERT ON t_bulk TO cd_officer`);
    else await app.ctx.db.exec(BULK_TABLE);
  });
  afterEach(async () => app.close());

  const settingsRows = () =>
    storeOf(app.ctx).read.k.selectFrom('correspondence_settings').select('executor_name').execute();

  const saveSettings = (executorName: string) =>
    app.ok('correspondence:updateSettings', {
      organisationId: orgId,
      data: { ...defaults, executorName },
    });
  let defaults: CorrespondenceSettings;
  beforeEach(async () => {
    defaults = await app.ok('correspondence:getSettings', { organisationId: orgId });
  });

  it('reads outside a transaction and refuses to write there', async () => {
    const { read } = storeOf(app.ctx);
    expect(await read.k.selectFrom('organisations').select('name').execute()).toEqual([
      { name: shopKg.name },
    ]);
    await expect(read.legacy.run("UPDATE organisations SET name = 'x'")).rejects.toThrow();
    await expect(
      sql`UPDATE organisations SET name = 'x'`.execute(
        read.k as Parameters<ReturnType<typeof sql>['execute']>[0],
      ),
    ).rejects.toThrow();
    expect((await read.k.selectFrom('organisations').select('name').executeTakeFirst())?.name).toBe(
      shopKg.name,
    );
  });

  it('commits a transaction whole or rolls it back whole', async () => {
    await expect(
      auditedChange(app.ctx, async ({ tx, now, audit }) => {
        await tx.k.updateTable('organisations').set({ updated_at: now, name: 'Переименован' }).execute();
        await audit({
          entity: 'organisation',
          entityId: orgId,
          organisationId: orgId,
          action: 'update',
          before: null,
          after: {},
        });
        throw new Error('the user cancelled half-way');
      }),
    ).rejects.toThrow('half-way');
    expect(
      (await storeOf(app.ctx).read.k.selectFrom('organisations').select('name').executeTakeFirst())?.name,
    ).toBe(shopKg.name);
  });

  it('refuses a change that writes no audit entry, and rolls back one that changed nothing', async () => {
    await expect(
      auditedChange(app.ctx, ({ tx }) => tx.k.updateTable('organisations').set({ name: 'Тайком' }).execute()),
    ).rejects.toBeInstanceOf(UnauditedChangeError);
    const value = await auditedChange(app.ctx, async ({ tx, nothingChanged }) => {
      await tx.k.updateTable('organisations').set({ name: 'Отменено' }).execute();
      nothingChanged();
      return 'as it was';
    });
    expect(value).toBe('as it was');
    expect(
      (await storeOf(app.ctx).read.k.selectFrom('organisations').select('name').executeTakeFirst())?.name,
    ).toBe(shopKg.name);
    expect((await verifyAuditOf(app)).ok).toBe(true);
  });

  it('returns generated ids and counts changed rows on both engines', async () => {
    const counted = await auditedChange(app.ctx, async ({ tx, now, audit }) => {
      const updated = await tx.k
        .updateTable('organisations')
        .set({ updated_at: now })
        .where('id', '=', orgId)
        .executeTakeFirst();
      await audit({
        entity: 'organisation',
        entityId: orgId,
        organisationId: orgId,
        action: 'update',
        before: {},
        after: {},
      });
      return Number(updated.numUpdatedRows);
    });
    expect(counted).toBe(1);
    const second = await createOrganisation(app, { ...shopKg, name: 'Второй' });
    expect(second.id).toBeGreaterThan(orgId);
  });

  it('announces committed changes (SQLite: in the process; PostgreSQL: NOTIFY, see the server rules)', async () => {
    const notices: ChangeNotice[] = [];
    const stop = localChanges.subscribe((n) => notices.push(n));
    try {
      await saveSettings('Иванов');
      expect(notices).toEqual(
        engine === 'sqlite' ? [{ entity: 'correspondenceSettings', organisationId: orgId }] : [],
      );
    } finally {
      stop();
    }
  });

  it('moves many rows at once: json_each on SQLite, COPY on PostgreSQL, text kept exactly', async () => {
    const awkward = [
      'таб\tвнутри',
      'строка\nи\r\nвозврат',
      'обратная \\ черта и \\N',
      'кавычки "\'',
      '🙂 ё',
      '',
    ];
    const rows = Array.from({ length: 25_000 }, (_, i) => [
      i,
      i % 7 === 0 ? null : (awkward[i % awkward.length] as string),
      i * 3,
    ]);
    const inserted = await storeOf(app.ctx).transaction((tx) =>
      bulkInsert(tx, 't_bulk', ['k', 'label', 'amount'], rows, { constants: { origin: 'файл.csv' } }),
    );
    expect(inserted).toBe(25_000);
    const back = await sql<{ k: number; label: string | null; amount: number; origin: string }>`
      SELECT k, label, amount, origin FROM t_bulk ORDER BY k`.execute(storeOf(app.ctx).read.k as never);
    expect(back.rows.map((r) => [r.k, r.label, r.amount])).toEqual(rows);
    expect(new Set(back.rows.map((r) => r.origin))).toEqual(new Set(['файл.csv']));
    const again = await storeOf(app.ctx).transaction((tx) =>
      bulkInsert(
        tx,
        't_bulk',
        ['k', 'label', 'amount'],
        [
          [1, 'dup', 0],
          [25_000, 'new', 1],
        ],
        {
          skipExisting: true,
          constants: { origin: 'второй' },
        },
      ),
    );
    expect(again).toBe(1);
  });

  it('lets unconverted code and converted repositories share one transaction', async () => {
    if (engine !== 'sqlite') return; // the legacy Database.transaction exists only for the SQLite file
    await app.ctx.db.transaction(async (legacyTx) => {
      const tx = txOf(legacyTx);
      await tx.k.updateTable('organisations').set({ name: 'Общая транзакция' }).execute();
      expect(
        (await dbOf(legacyTx).k.selectFrom('organisations').select('name').executeTakeFirst())?.name,
      ).toBe('Общая транзакция');
      await legacyTx.run("UPDATE organisations SET name = 'Через старый путь'");
    });
    expect(() => txOf(app.ctx.db)).toThrow(/open transaction/);
    expect(
      (await storeOf(app.ctx).read.k.selectFrom('organisations').select('name').executeTakeFirst())?.name,
    ).toBe('Через старый путь');
  });

  it('keeps audit history on both engines with the same shape', async () => {
    await saveSettings('Петров');
    const [entry] = await auditHistoryOf(app, 'correspondenceSettings', orgId);
    expect(entry).toMatchObject({ entity: 'correspondenceSettings', entityId: orgId, action: 'create' });
    expect(entry?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await settingsRows()).toEqual([{ executor_name: 'Петров' }]);
  });
});
