import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kgOrganisation, recipientInput } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/testContext';

let app: TestApp;
beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => app.close());

const state = async () => ({
  recipients: (await app.ctx.db.get<{ n: number }>('SELECT count(*) AS n FROM recipients'))?.n,
  audit:
    (await app.ctx.db.get<{ n: number; h: string }>('SELECT count(*) AS n, max(hash) AS h FROM audit_log')) ??
    null,
  anchor: app.ctx.settings.read().auditAnchor?.hash,
});

describe('disk full outside imports', () => {
  it('a full database refuses the change with a clear reason and leaves nothing half-written', async () => {
    const org = await app.ok('organisations:create', kgOrganisation);
    await app.ok('recipients:create', recipientInput(org.id, { legalName: 'До' }));
    const before = await state();
    // The database may not grow by a single page: SQLite answers SQLITE_FULL, as on a full disk.
    const pages = await app.ctx.db.transaction((tx) => tx.get<{ page_count: number }>('PRAGMA page_count'));
    await app.ctx.db.exec(`PRAGMA max_page_count = ${pages?.page_count ?? 0}`);
    const big = 'x'.repeat(1900);
    let refused = 0;
    for (let i = 0; i < 20; i += 1) {
      const result = await app.call(
        'recipients:create',
        recipientInput(org.id, { legalName: `Р${i}`, notes: big }),
      );
      if (result.ok) continue;
      refused += 1;
      expect(result.error).toMatchObject({ code: 'INTERNAL', message: 'errors.io.diskFull' });
      expect(JSON.stringify(result)).not.toMatch(/SQLITE|database or disk/i);
    }
    expect(refused).toBeGreaterThan(0);
    await app.ctx.db.exec('PRAGMA max_page_count = 1073741823');
    // Whatever was refused left no row and no audit entry behind: the chain still verifies.
    const after = await state();
    expect((after.recipients ?? 0) - (before.recipients ?? 0)).toBe(20 - refused);
    expect((after.audit?.n ?? 0) - (before.audit?.n ?? 0)).toBe(20 - refused);
    expect(await app.ok('audit:verify')).toMatchObject({
      ok: true,
      anchor: { state: 'match' },
      records: { findings: [] },
    });
    await app.ok('recipients:create', recipientInput(org.id, { legalName: 'После' }));
  });

  it('a full disk when saving a file (export, PDF, seal) gives a clear reason, never raw text', async () => {
    const org = await app.ok('organisations:create', kgOrganisation);
    await app.ok('recipients:create', recipientInput(org.id));
    const attempts = [
      () => app.call('recipients:export', { organisationId: org.id, format: 'csv' }),
      () => app.call('documents:savePdf', { kind: 'recipientRegister', organisationId: org.id }),
      () => app.call('audit:exportCsv', {}),
    ];
    for (const attempt of attempts) {
      app.dialogs.nextSave.push('/dev/full');
      const result = await attempt();
      expect(result).toMatchObject({ ok: false, error: { message: 'errors.io.diskFull' } });
      expect(JSON.stringify(result)).not.toMatch(/ENOSPC|no space/i);
    }
    // A folder chosen instead of a file, and a file in a folder that is gone.
    app.dialogs.nextSave.push(app.dir);
    expect(await attempts[0]?.()).toMatchObject({ ok: false, error: { message: 'errors.io.isDirectory' } });
    app.dialogs.nextSave.push(`${app.dir}/gone/register.csv`);
    expect(await attempts[0]?.()).toMatchObject({ ok: false, error: { message: 'errors.io.notFound' } });
  });
});
