import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kgOrganisation, recipientInput } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/testContext';

// The test clock stands at 22.11.2026.
let app: TestApp;
let orgId: number;
beforeEach(async () => {
  app = await startTestApp();
  orgId = (await app.ok('organisations:create', kgOrganisation)).id;
});
afterEach(async () => app.close());

const create = (legalName: string, reviewDate = '') =>
  app.ok('recipients:create', { ...recipientInput(orgId), legalName, reviewDate });

const auditCount = async () =>
  (await app.ctx.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM audit_log'))?.n ?? 0;

/** The chain verifies and every register row matches its last audited snapshot. */
const expectTrailIntact = async () => {
  const report = await app.ok('audit:verify', null);
  expect(report.ok).toBe(true);
  expect(report.records.findings).toEqual([]);
};

describe('register details', () => {
  it('archiving asks for a reason, keeps it on the record and in the audit entry; restoring clears it', async () => {
    const r = await create('ООО «Старый Курьер»');
    const refused = await app.call('recipients:archive', { id: r.id, reason: '   ' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fieldErrors: { reason: ['validation.required'] } },
    });
    expect((await app.ok('recipients:get', { id: r.id })).archivedAt).toBeNull();

    const archived = await app.ok('recipients:archive', {
      id: r.id,
      reason: 'Договор расторгнут 01.11.2026',
    });
    expect(archived.archiveReason).toBe('Договор расторгнут 01.11.2026');
    const history = await app.ok('audit:history', { entity: 'recipient', entityId: r.id });
    const entry = history.find((e) => e.action === 'archive');
    expect(entry?.after).toMatchObject({ archiveReason: 'Договор расторгнут 01.11.2026' });

    const restored = await app.ok('recipients:restore', { id: r.id });
    expect(restored.archiveReason).toBeNull();
    await expectTrailIntact();
  });

  it('an archived recipient raises no problems and is not counted by the problems filter', async () => {
    // Overdue review and no contract: two problems while in the register.
    const r = await app.ok('recipients:create', {
      ...recipientInput(orgId),
      contractNumber: '',
      reviewDate: '2026-01-01',
    });
    expect(r.problems.length).toBeGreaterThan(0);
    const archived = await app.ok('recipients:archive', { id: r.id, reason: 'Больше не передаём данные' });
    expect(archived.problems).toEqual([]);
    const archive = await app.ok('recipients:list', { organisationId: orgId, archived: true });
    expect(archive.items.map((x) => x.problems)).toEqual([[]]);
    const problemsInArchive = await app.ok('recipients:list', {
      organisationId: orgId,
      archived: true,
      problemsOnly: true,
    });
    expect(problemsInArchive.total).toBe(0);
  });

  it('the review-due filter shows reviews within 30 days and overdue ones, not later or undated ones', async () => {
    await create('A просрочен', '2026-11-01');
    await create('B сегодня', '2026-11-22');
    await create('C через 30 дней', '2026-12-22');
    await create('D через 31 день', '2026-12-23');
    await create('E без даты');
    const due = await app.ok('recipients:list', {
      organisationId: orgId,
      reviewDue: true,
      sort: 'legalName',
    });
    expect(due.items.map((r) => r.legalName)).toEqual(['A просрочен', 'B сегодня', 'C через 30 дней']);
    expect(due.total).toBe(3);
  });

  it('sets one review date on every selected recipient, one audit entry each, in one transaction', async () => {
    const a = await create('A', '2026-01-01');
    const b = await create('B');
    const c = await create('C', '2027-03-01');
    const before = await auditCount();
    const result = await app.ok('recipients:bulkSetReviewDate', {
      organisationId: orgId,
      ids: [a.id, b.id, c.id],
      reviewDate: '2027-03-01',
    });
    expect(result).toEqual({ changed: 2 }); // C already had that date
    expect(await auditCount()).toBe(before + 2);
    for (const id of [a.id, b.id, c.id])
      expect((await app.ok('recipients:get', { id })).reviewDate).toBe('2027-03-01');
    await expectTrailIntact();
  });

  it('refuses the whole batch when one selected record is of another organisation, archived or gone', async () => {
    const a = await create('A', '2026-01-01');
    const other = await app.ok('organisations:create', { ...kgOrganisation, name: 'Другой магазин' });
    const foreign = await app.ok('recipients:create', recipientInput(other.id));
    const archived = await create('Z');
    await app.ok('recipients:archive', { id: archived.id, reason: 'Не используется' });
    const before = await auditCount();
    for (const [ids, code] of [
      [[a.id, foreign.id], 'NOT_FOUND'],
      [[a.id, 999_999], 'NOT_FOUND'],
      [[a.id, archived.id], 'CONFLICT'],
    ] as [number[], string][]) {
      const result = await app.call('recipients:bulkSetReviewDate', {
        organisationId: orgId,
        ids,
        reviewDate: '2027-01-01',
      });
      expect(result).toMatchObject({ ok: false, error: { code } });
    }
    expect((await app.ok('recipients:get', { id: a.id })).reviewDate).toBe('2026-01-01');
    expect(await auditCount()).toBe(before);
    const badDate = await app.call('recipients:bulkSetReviewDate', {
      organisationId: orgId,
      ids: [a.id],
      reviewDate: '31.02.2027',
    });
    expect(badDate).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('archives the selection with one reason; those already archived are left as they were', async () => {
    const a = await create('A');
    const b = await create('B');
    await app.ok('recipients:archive', { id: b.id, reason: 'Раньше' });
    const result = await app.ok('recipients:bulkArchive', {
      organisationId: orgId,
      ids: [a.id, b.id],
      reason: 'Договоры расторгнуты',
    });
    expect(result).toEqual({ changed: 1 });
    expect((await app.ok('recipients:get', { id: a.id })).archiveReason).toBe('Договоры расторгнуты');
    expect((await app.ok('recipients:get', { id: b.id })).archiveReason).toBe('Раньше');
    const noReason = await app.call('recipients:bulkArchive', {
      organisationId: orgId,
      ids: [a.id],
      reason: '',
    });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('exports only the selected rows, in register order', async () => {
    const a = await create('Альфа');
    await create('Бета');
    const c = await create('Гамма');
    const path = `${app.dir}/selection.csv`;
    app.dialogs.nextSave.push(path);
    await app.ok('recipients:export', { organisationId: orgId, format: 'csv', ids: [c.id, a.id] });
    const text = await readFile(path, 'utf8');
    expect(text).toContain('Альфа');
    expect(text).toContain('Гамма');
    expect(text).not.toContain('Бета');
    expect(text.indexOf('Альфа')).toBeLessThan(text.indexOf('Гамма'));
  });
});
