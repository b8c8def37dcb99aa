import { copyFile, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Connection } from '../../electron/db/connection';
import { latestSchemaVersion } from '../../electron/db/migrations';
import { APPLICATION_ID } from '../../electron/db/migrations/0005_evidence';
import { runningJobsOf } from '../../electron/services/runningJobs';
import { kgOrganisation, recipientInput } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/testContext';
import { waitJob, writeBigBitrixFile } from './imports/importHelpers';

let app: TestApp;
beforeEach(async () => {
  app = await startTestApp({ now: '2026-11-22T09:00:00' });
});
afterEach(async () => app.close());

const backupPath = (name: string) => join(app.dir, 'backups', name);

/** A manual backup of the current data, then one more recipient that the restore should take away. */
const backupThenChange = async () => {
  const org = await app.ok('organisations:create', kgOrganisation);
  await app.ok('recipients:create', recipientInput(org.id, { legalName: 'До копии' }));
  app.clock.set('2026-11-22T09:05:00');
  const backup = await app.ok('backups:create');
  app.clock.set('2026-11-22T09:10:00');
  await app.ok('recipients:create', recipientInput(org.id, { legalName: 'После копии' }));
  return { org, backup };
};

const names = async (organisationId: number) =>
  (await app.ok('recipients:list', { organisationId })).items.map((r) => r.legalName).sort();

/** Edits a backup file behind the app (as someone with a SQLite tool would). */
const tamper = async (file: string, sql: string) => {
  const conn = await Connection.open(file, sqlite3.OPEN_READWRITE);
  await conn.exec(sql);
  await conn.close();
};

/** Places a file among the backups under a valid backup name. */
const plantBackup = async (content: string | Buffer | null, from?: string) => {
  const name = 'backup-2026-11-01T10-00-00-manual.sqlite';
  if (from) await copyFile(from, backupPath(name));
  else await writeFile(backupPath(name), content ?? '');
  return name;
};

const rejected = (problem: string) => ({
  ok: false,
  error: {
    code: 'CONFLICT',
    message: 'errors.restore.rejected',
    params: { problems: `backupCheck.problems.${problem}` },
  },
});

describe('restore is safe', () => {
  it('is refused with the reason while an import or a scan runs, and the import is kept', async () => {
    const { org, backup } = await backupThenChange();
    const big = await writeBigBitrixFile(app.dir, 3000);
    app.dialogs.nextOpen.push(big);
    const chosen = await app.ok('imports:chooseFile', { organisationId: org.id });
    const best = chosen?.candidates[0];
    if (!chosen || !best) throw new Error('no preset');
    const setup = {
      token: chosen.token,
      organisationId: org.id,
      preset: best.presetId,
      mapping: best.mapping,
    };
    const scan = await app.ok('imports:scan', setup);
    expect(await app.call('backups:restore', { fileName: backup.fileName })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'errors.restore.jobsRunning', params: { jobs: 'jobKinds.scan' } },
    });
    const scanned = await waitJob(app, scan.jobId);
    for (const v of scanned.values)
      await app.ok('imports:setAlias', {
        organisationId: org.id,
        field: v.field,
        value: v.value,
        recipientId: null,
      });
    const { jobId } = await app.ok('imports:start', { ...setup, profileName: '' });
    expect(await app.call('backups:restore', { fileName: backup.fileName })).toMatchObject({
      ok: false,
      // The scan reported done only once its worker had exited: the import alone is running.
      error: { code: 'CONFLICT', message: 'errors.restore.jobsRunning', params: { jobs: 'jobKinds.import' } },
    });
    const done = await waitJob(app, jobId);
    expect(done.state).toBe('done');
    expect((await app.ctx.db.get<{ n: number }>('SELECT count(*) AS n FROM orders'))?.n).toBe(3000);
    expect(await names(org.id)).toEqual(['До копии', 'После копии']);
    // Once nothing runs, the restore goes ahead.
    await app.ok('backups:restore', { fileName: backup.fileName });
    expect(await names(org.id)).toEqual(['До копии']);
  });

  it('refuses a mail merge or an import while a restore holds the database', async () => {
    const registry = runningJobsOf(app.ctx);
    await registry.exclusive('restore', async () => {
      expect(() => registry.begin('mailMerge')).toThrow(/restoreRunning/);
    });
    const ticket = registry.begin('mailMerge');
    await expect(registry.exclusive('restore', async () => null)).rejects.toMatchObject({
      params: { jobs: 'jobKinds.mailMerge' },
    });
    ticket.end();
  });

  it('refuses a 0-byte file, a non-SQLite file and an empty SQLite database, changing nothing', async () => {
    const { org } = await backupThenChange();
    const empty = await plantBackup('');
    expect(await app.call('backups:restore', { fileName: empty })).toMatchObject(rejected('emptyFile'));
    const text = await plantBackup('not a database at all, but long enough to have a header');
    expect(await app.call('backups:restore', { fileName: text })).toMatchObject(rejected('notSqlite'));
    const blankFile = join(app.dir, 'blank.sqlite');
    await tamper(blankFile, 'CREATE TABLE t (a); DROP TABLE t;').catch(async () => {
      const conn = await Connection.open(blankFile);
      await conn.exec('CREATE TABLE t (a); DROP TABLE t;');
      await conn.close();
    });
    const blank = await plantBackup(null, blankFile);
    expect(await app.call('backups:restore', { fileName: blank })).toMatchObject(rejected('notAppDatabase'));
    expect(await names(org.id)).toEqual(['До копии', 'После копии']);
  });

  it('refuses a backup with a newer or a foreign schema', async () => {
    const { org, backup } = await backupThenChange();
    await tamper(backupPath(backup.fileName), 'PRAGMA user_version = 99');
    expect(await app.call('backups:restore', { fileName: backup.fileName })).toMatchObject(
      rejected('newerSchema'),
    );
    await tamper(backupPath(backup.fileName), 'PRAGMA user_version = 5; PRAGMA application_id = 7');
    expect(await app.call('backups:restore', { fileName: backup.fileName })).toMatchObject(
      rejected('foreignSchema'),
    );
    await tamper(
      backupPath(backup.fileName),
      `PRAGMA user_version = ${latestSchemaVersion}; PRAGMA application_id = ${APPLICATION_ID}; DROP TRIGGER recipients_no_delete; ALTER TABLE recipients DROP COLUMN notes`,
    );
    const inspection = await app.ok('backups:inspect', { fileName: backup.fileName });
    expect(inspection).toMatchObject({ problems: ['missingTables'], missingTables: ['recipients.notes'] });
    expect(await names(org.id)).toEqual(['До копии', 'После копии']);
  });

  it('refuses a backup whose audit chain was tampered with or does not match its side file', async () => {
    const { org, backup } = await backupThenChange();
    const file = backupPath(backup.fileName);
    const pristine = await readFile(file);
    await tamper(
      file,
      "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor_person = 'Подлог' WHERE id = 1",
    );
    expect(await app.call('backups:restore', { fileName: backup.fileName })).toMatchObject({
      ok: false,
      error: {
        params: { problems: 'backupCheck.problems.auditBroken,backupCheck.problems.auditAnchorMismatch' },
      },
    });
    // Tail deleted behind the app: the chain itself is intact, the side file says it was longer.
    await writeFile(file, pristine);
    await tamper(
      file,
      'DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)',
    );
    expect(await app.call('backups:restore', { fileName: backup.fileName })).toMatchObject(
      rejected('auditAnchorMismatch'),
    );
    expect(await names(org.id)).toEqual(['До копии', 'После копии']);
  });

  it('asks to confirm the warnings (no side file, no records) before it restores', async () => {
    const { org, backup } = await backupThenChange();
    await rm(`${backupPath(backup.fileName)}.anchor.json`);
    const inspection = await app.ok('backups:inspect', { fileName: backup.fileName });
    expect(inspection).toMatchObject({
      problems: [],
      warnings: ['notAnchored'],
      counts: { organisations: 1, recipients: 1 },
    });
    expect(await app.call('backups:restore', { fileName: backup.fileName })).toMatchObject({
      ok: false,
      error: { message: 'errors.restore.confirmWarnings' },
    });
    await app.ok('backups:restore', { fileName: backup.fileName, acceptWarnings: true });
    expect(await names(org.id)).toEqual(['До копии']);
  });

  it('rolls back to the previous database when anything fails after the swap', async () => {
    const { org, backup } = await backupThenChange();
    // A hostile copy that passes every check but refuses new audit entries (the restore's own entry).
    await tamper(
      backupPath(backup.fileName),
      "CREATE TRIGGER audit_log_no_insert BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'no'); END",
    );
    const result = await app.call('backups:restore', { fileName: backup.fileName });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'errors.restore.rolledBack' },
    });
    expect(app.ctx.integrity.ok).toBe(true);
    expect(await names(org.id)).toEqual(['До копии', 'После копии']);
    await app.ok('recipients:create', recipientInput(org.id, { legalName: 'После отката' }));
    expect(await app.ok('audit:verify')).toMatchObject({ ok: true });
    await expect(stat(`${app.ctx.paths.databaseFile}.before-restore`)).rejects.toThrow();
  });

  it('restores an intact copy with its chain: the anchor follows the restored trail', async () => {
    const { org, backup } = await backupThenChange();
    await app.ok('backups:restore', { fileName: backup.fileName });
    expect(await names(org.id)).toEqual(['До копии']);
    const report = await app.ok('audit:verify');
    expect(report).toMatchObject({ ok: true, anchor: { state: 'match' }, records: { findings: [] } });
    expect(app.ctx.settings.read().auditAnchor?.count).toBe(report.head?.count);
  });
});

describe('a database that cannot be opened leads to the recovery screen', () => {
  const reopen = async () => {
    app = await startTestApp({ dir: app.dir, now: '2026-11-23T09:00:00' });
    return app.ok('app:info');
  };

  for (const [name, damage, reason] of [
    ['0-byte', (f: string) => writeFile(f, ''), 'emptyFile'],
    [
      'not SQLite',
      (f: string) => writeFile(f, 'MZ\u0090 this is an executable, not a database'),
      'notSqlite',
    ],
    ['newer schema', (f: string) => tamper(f, 'PRAGMA user_version = 99'), 'newerSchema'],
  ] as const) {
    it(`${name}: recovery mode, backups offered, a backup restores the app`, async () => {
      const { org, backup } = await backupThenChange();
      await app.ctx.db.close();
      await damage(app.ctx.paths.databaseFile);
      await rm(`${app.ctx.paths.databaseFile}-wal`, { force: true });
      const dir = app.dir;
      app = await startTestApp({ dir, now: '2026-11-23T09:00:00' });
      const info = await app.ok('app:info');
      expect(info.integrity).toMatchObject({ ok: false, message: `recoveryReasons.${reason}` });
      // Everything but the recovery channels answers with a clear reason, not a crash.
      expect(await app.call('recipients:list', { organisationId: org.id })).toMatchObject({
        ok: false,
        error: { message: 'errors.recoveryMode' },
      });
      expect((await app.ok('backups:list')).map((b) => b.fileName)).toContain(backup.fileName);
      await app.ok('backups:restore', { fileName: backup.fileName });
      expect((await app.ok('app:info')).integrity.ok).toBe(true);
      expect(await names(org.id)).toEqual(['До копии']);
    });
  }

  it('starts a new empty database when no backup helps, keeping the unreadable file aside', async () => {
    await app.ctx.db.close();
    await writeFile(app.ctx.paths.databaseFile, 'garbage garbage garbage garbage');
    await rm(`${app.ctx.paths.databaseFile}-wal`, { force: true });
    const info = await reopen();
    expect(info.integrity.ok).toBe(false);
    await app.ok('recovery:startFresh');
    expect((await app.ok('app:info')).integrity.ok).toBe(true);
    expect(await app.ok('organisations:list', { includeArchived: true })).toEqual([]);
  });
});
