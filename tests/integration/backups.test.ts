import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appPaths, openDatabase } from '../../electron/bootstrap';
import { kgOrganisation, recipientInput } from '../support/fixtures';
import { fixedClock, startTestApp, type TestApp } from '../support/testContext';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cd-bak-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const files = async (sub: string) => (await readdir(join(dir, sub))).sort();

describe('backups', () => {
  it('makes an automatic backup at start at most once a day', async () => {
    let app: TestApp = await startTestApp({ dir, now: '2026-11-22T08:00:00' });
    await app.close();
    app = await startTestApp({ dir, now: '2026-11-22T17:00:00' });
    await app.close();
    expect((await files('backups')).filter((f) => f.endsWith('-daily.sqlite'))).toHaveLength(1);
    app = await startTestApp({ dir, now: '2026-11-23T08:00:00' });
    await app.close();
    expect((await files('backups')).filter((f) => f.endsWith('-daily.sqlite'))).toHaveLength(2);
  });

  it('backs up on demand and restores: data returns to the backup, the current state is kept as a safety copy', async () => {
    const app = await startTestApp({ dir, now: '2026-11-22T09:00:00' });
    const org = await app.ok('organisations:create', kgOrganisation);
    await app.ok('recipients:create', recipientInput(org.id, { legalName: 'До копии' }));
    app.clock.set('2026-11-22T09:05:00');
    const backup = await app.ok('backups:create');
    expect(backup.reason).toBe('manual');
    app.clock.set('2026-11-22T09:10:00');
    await app.ok('recipients:create', recipientInput(org.id, { legalName: 'После копии' }));
    expect((await app.ok('recipients:list', { organisationId: org.id })).total).toBe(2);

    await app.ok('backups:restore', { fileName: backup.fileName });
    const after = await app.ok('recipients:list', { organisationId: org.id });
    expect(after.items.map((r) => r.legalName)).toEqual(['До копии']);
    expect((await app.ok('backups:list')).map((b) => b.reason)).toContain('prerestore');
    // The restore is itself on the record, and the chain is intact.
    expect(await app.ok('audit:verify')).toMatchObject({ ok: true });
    const restoreEntries = await app.ctx.db.all<{ action: string }>(
      "SELECT action FROM audit_log WHERE entity = 'backup'",
    );
    expect(restoreEntries).toEqual([{ action: 'restoreBackup' }]);
    await app.close();
  });

  it('refuses to restore a damaged or unknown backup and changes nothing', async () => {
    const app = await startTestApp({ dir });
    const org = await app.ok('organisations:create', kgOrganisation);
    await writeFile(
      join(dir, 'backups', 'backup-2026-11-01T10-00-00-manual.sqlite'),
      'this is not a database',
    );
    expect(
      await app.call('backups:restore', { fileName: 'backup-2026-11-01T10-00-00-manual.sqlite' }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'errors.restore.rejected',
        params: { problems: 'backupCheck.problems.notSqlite' },
      },
    });
    expect(await app.call('backups:restore', { fileName: '../compliance-desk.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect((await app.ok('organisations:get', { id: org.id })).name).toBe(kgOrganisation.name);
    await app.close();
  });

  it('reports a failed quick_check and opens in recovery mode', async () => {
    const paths = appPaths(dir, '/none');
    const first = await openDatabase(paths, fixedClock('2026-11-22T09:00:00'));
    await first.db.exec(
      'CREATE TABLE filler (x); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO filler SELECT randomblob(200) FROM n;',
    );
    await first.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    await first.db.close();
    // Overwrite a few pages in the middle of the file.
    const { open } = await import('node:fs/promises');
    const handle = await open(paths.databaseFile, 'r+');
    await handle.write(Buffer.alloc(4096 * 3, 0x5a), 0, 4096 * 3, 4096 * 4);
    await handle.close();
    const reopened = await openDatabase(paths, fixedClock('2026-11-22T09:00:00'));
    expect(reopened.integrity.ok).toBe(false);
    expect(reopened.integrity.message.length).toBeGreaterThan(0);
    await reopened.db.close();
  });
});
