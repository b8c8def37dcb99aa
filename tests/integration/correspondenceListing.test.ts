import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  countOpenItems,
  journalItems,
  listItems,
  reindexItem,
  urgentItems,
} from '../../electron/db/repositories/correspondenceListRepository';
import { auditedChange } from '../../electron/db/store/auditedChange';
import { storeOf } from '../../electron/db/store/interop';
import { CorrespondenceQuery } from '../../shared/domain/correspondenceQuery';
import { describeEngines } from '../support/engines';
import { createOrganisation } from '../support/organisationFixture';
import { startTestApp, type TestApp } from '../support/testContext';
import { shopKg } from './correspondenceFixtures';

/**
 * The correspondence list's queries on both engines (FTS5 on SQLite, pg_trgm on PostgreSQL, the
 * organisation's days bound from JS): the same items give the same answers.
 */
describeEngines('correspondence listing queries', (engine) => {
  let app: TestApp;
  let orgId: number;
  const today = '2026-11-22';
  const todays = () => ({ [`o${orgId}`]: today });

  /** Writes an item as the registering transaction does (on PostgreSQL the server numbers it). */
  const addItem = (
    seq: number,
    values: {
      due: string;
      status?: string;
      kind?: string;
      demands?: string;
      sender?: string;
      orders?: string[];
    },
  ) =>
    auditedChange(app.ctx, async ({ tx, now, audit }) => {
      const { id } = await tx.k
        .insertInto('correspondence_items')
        .values({
          organisation_id: orgId,
          year: 2026,
          seq,
          number: `${seq}-П/2026`,
          kind: values.kind ?? 'claim',
          received_date: '2026-11-01',
          received_via: 'post',
          sender_ref_number: '',
          sender_ref_date: null,
          subject_id: null,
          sender_name: values.sender ?? 'Асанов Бакыт',
          sender_address: '',
          sender_email: '',
          sender_phone: '',
          order_numbers: JSON.stringify(values.orders ?? []),
          demands: values.demands ?? '',
          amount_minor: null,
          currency: null,
          responsible: '',
          notes: '',
          status: values.status ?? 'registered',
          rule_id: 'test',
          start_date: '2026-11-01',
          due_date: values.due,
          due_at: null,
          deadline: '{}',
          identity_verification: null,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await reindexItem(tx, id);
      await audit({
        entity: 'correspondenceItem',
        entityId: id,
        organisationId: orgId,
        action: 'create',
        before: null,
        after: { id },
      });
      return id;
    });

  const list = async (query: Record<string, unknown>) =>
    (
      await listItems(
        storeOf(app.ctx).read,
        CorrespondenceQuery.parse({ organisationId: orgId, ...query }),
        todays(),
      )
    ).rows.map((r) => r.demands);

  beforeEach(async () => {
    app = await startTestApp({ engine });
    orgId = (await createOrganisation(app, shopKg)).id;
    const settings = await app.ok('correspondence:getSettings', { organisationId: orgId });
    await app.ok('correspondence:updateSettings', { organisationId: orgId, data: settings });
    await addItem(1, {
      due: '2026-11-20',
      demands: 'просрочено: вернуть деньги за ЧАЙНИК',
      orders: ['A-1001'],
    });
    await addItem(2, { due: today, demands: 'сегодня', sender: 'Өмүрова Айгүл' });
    await addItem(3, { due: '2026-11-29', demands: 'через неделю', kind: 'access' });
    await addItem(4, { due: '2026-11-30', demands: 'через восемь дней' });
    await addItem(5, { due: '2026-11-01', demands: 'отвечено', status: 'answered' });
  });
  afterEach(async () => app.close());

  it('finds items by any part of their text in any case, and by a number prefix', async () => {
    expect(await list({ search: 'чайник' })).toEqual(['просрочено: вернуть деньги за ЧАЙНИК']);
    expect(await list({ search: 'АЙГҮЛ' })).toEqual(['сегодня']);
    expect(await list({ search: '1001' })).toEqual(['просрочено: вернуть деньги за ЧАЙНИК']);
    expect(await list({ search: '%%%' })).toEqual([]);
    // The server numbers registrations itself; the prefix search finds whatever number it gave.
    const first = (
      await listItems(
        storeOf(app.ctx).read,
        CorrespondenceQuery.parse({ organisationId: orgId, sort: 'number' }),
        todays(),
      )
    ).rows[0];
    expect(await list({ search: first?.number.slice(0, 2) })).toContain(first?.demands);
  });

  it('answers the due windows by the organisation’s today, the week’s last day included', async () => {
    expect(await list({ due: 'overdue' })).toEqual(['просрочено: вернуть деньги за ЧАЙНИК']);
    expect(await list({ due: 'today' })).toEqual(['сегодня']);
    expect(await list({ due: 'week', sort: 'dueDate' })).toEqual(['сегодня', 'через неделю']);
    expect(await list({ due: 'range', dueFrom: '2026-11-29', dueTo: '2026-11-30', sort: 'dueDate' })).toEqual(
      ['через неделю', 'через восемь дней'],
    );
    const db = storeOf(app.ctx).read;
    expect((await urgentItems(db, orgId, todays())).map((r) => r.demands)).toEqual([
      'просрочено: вернуть деньги за ЧАЙНИК',
      'сегодня',
      'через неделю',
    ]);
    expect(await countOpenItems(db, orgId)).toBe(4);
    expect(await countOpenItems(db, null)).toBe(4);
  });

  it('filters by kind and status, sorts, pages and counts, and lists the journal in number order', async () => {
    expect(await list({ kinds: ['access'] })).toEqual(['через неделю']);
    expect(await list({ statuses: ['answered'] })).toEqual(['отвечено']);
    const page = await listItems(
      storeOf(app.ctx).read,
      CorrespondenceQuery.parse({
        organisationId: orgId,
        sort: 'dueDate',
        direction: 'desc',
        limit: 2,
        offset: 1,
      }),
      todays(),
    );
    expect(page.total).toBe(5);
    expect(page.rows.map((r) => r.demands)).toEqual(['через неделю', 'сегодня']);
    expect(page.rows[0]).toMatchObject({
      organisation_name: shopKg.name,
      organisation_legal_form: shopKg.legalForm,
    });
    const journal = await journalItems(storeOf(app.ctx).read, orgId, '2026-11-01', '2026-11-01');
    expect(journal.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
  });
});
