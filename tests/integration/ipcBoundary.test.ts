import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Handlers } from '../../electron/handlers';
import { dispatch } from '../../electron/ipc/dispatch';
import { actorOf } from '../../electron/context';
import { appendAudit } from '../../electron/services/auditTrail';
import { DomainError } from '../../shared/ipc/result';
import { kgOrganisation, recipientInput } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/testContext';

let app: TestApp;
beforeEach(async () => {
  app = await startTestApp();
});
afterEach(async () => app.close());

const auditCount = async () =>
  (await app.ctx.db.get<{ n: number }>('SELECT count(*) AS n FROM audit_log'))?.n ?? -1;

describe('text that cannot round-trip through SQLite', () => {
  it('is refused next to its field on every channel, and nothing is written', async () => {
    const org = await app.ok('organisations:create', kgOrganisation);
    const before = await auditCount();
    for (const bad of ['Курьер \uD800', 'NUL\u0000inside', 'bell\u0007', 'c1\u0085']) {
      const created = await app.call('recipients:create', recipientInput(org.id, { legalName: bad }));
      expect(created).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', fieldErrors: { legalName: ['validation.unstorableText'] } },
      });
    }
    const r = await app.ok('recipients:create', recipientInput(org.id));
    const updated = await app.call('recipients:update', {
      id: r.id,
      data: recipientInput(org.id, { purposes: 'ok', notes: 'x\uDFFFy' }),
    });
    expect(updated).toMatchObject({
      ok: false,
      error: { fieldErrors: { 'data.notes': ['validation.unstorableText'] } },
    });
    // Nested arrays and keys, on a channel whose schema has no text rule of its own.
    const search = await app.call('recipients:list', { organisationId: org.id, search: 'a\u0000' });
    expect(search).toMatchObject({
      ok: false,
      error: { fieldErrors: { search: ['validation.unstorableText'] } },
    });
    expect(await auditCount()).toBe(before + 1);
  });

  it('refuses a responsible person with a lone surrogate (the name that broke the chain forever)', async () => {
    const result = await app.call('settings:update', { responsiblePerson: 'Асанова \uD83D' });
    expect(result).toMatchObject({
      ok: false,
      error: { fieldErrors: { responsiblePerson: ['validation.unstorableText'] } },
    });
    // TAB, LF, CR and every printable character (astral included) stay allowed.
    const fine = await app.ok('settings:update', { responsiblePerson: 'Асанова 😀 А.\tБ.' });
    expect(fine.responsiblePerson).toBe('Асанова 😀 А.\tБ.');
  });

  it('keeps the audit chain verifiable when an actor name holds a lone surrogate anyway', async () => {
    // An OS user name or a setting from an older version cannot be refused: the hash must still match.
    await app.ctx.db.transaction((tx) =>
      appendAudit(
        tx,
        { entity: 'settings', entityId: 1, action: 'update', before: { a: 'x\uD800' }, after: null },
        { os: 'user\uDC00', person: 'Иван \uD800' },
        '2026-11-22T09:00:00.000Z',
      ),
    );
    await app.ok('organisations:create', kgOrganisation);
    expect(actorOf(app.ctx).person).toBe('');
    expect(await app.ok('audit:verify')).toMatchObject({ ok: true, checked: 2 });
  });
});

describe('dispatch', () => {
  const throwing = (error: unknown) =>
    ({ 'app:info': async () => Promise.reject(error) }) as unknown as Handlers;

  it('turns SQLite and file-system failures into reason keys with a reference, never raw text', async () => {
    const cases: [unknown, string][] = [
      [
        Object.assign(new Error('SQLITE_BUSY: database is locked'), { code: 'SQLITE_BUSY' }),
        'errors.io.busy',
      ],
      [
        Object.assign(new Error('SQLITE_FULL: database or disk is full'), { code: 'SQLITE_FULL' }),
        'errors.io.diskFull',
      ],
      [Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }), 'errors.io.diskFull'],
      [
        Object.assign(new Error('EISDIR: illegal operation on a directory, read'), { code: 'EISDIR' }),
        'errors.io.isDirectory',
      ],
      [
        Object.assign(new Error("ENOENT: no such file or directory, open '/x'"), { code: 'ENOENT' }),
        'errors.io.notFound',
      ],
      [
        Object.assign(new Error("EACCES: permission denied, open '/x'"), { code: 'EACCES' }),
        'errors.io.accessDenied',
      ],
      [new TypeError("Cannot read properties of null (reading 'x')"), 'errors.internal'],
      ['a thrown string', 'errors.internal'],
    ];
    for (const [error, key] of cases) {
      const result = await dispatch(throwing(error), 'app:info', null);
      expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: key } });
      const text = JSON.stringify(result);
      expect(text).not.toMatch(/SQLITE|ENOSPC|EISDIR|ENOENT|EACCES|Cannot read|thrown string/);
      if (!result.ok) expect(result.error.reference).toMatch(/^E-[0-9A-Z]{6}$/);
    }
    // The details are in the error log of the data folder, under the reference.
    const log = await readFile(join(app.dir, 'logs', 'errors.log'), 'utf8');
    expect(log).toContain('SQLITE_BUSY');
  });

  it('passes a DomainError through with its key and parameters', async () => {
    const result = await dispatch(
      throwing(
        new DomainError('CONFLICT', 'errors.restore.jobsRunning', undefined, { jobs: 'jobKinds.import' }),
      ),
      'app:info',
      null,
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'errors.restore.jobsRunning', params: { jobs: 'jobKinds.import' } },
    });
  });

  it('answers every channel with a Result for non-object payloads', async () => {
    const { channels } = await import('../../shared/ipc/contract');
    for (const channel of channels) {
      for (const payload of [null, undefined, 0, 'x', [], true, { data: null }, { id: null }]) {
        const result = await app.call(channel, payload as never);
        expect(typeof result.ok).toBe('boolean');
      }
    }
    expect(await dispatch(app.handlers, 'no:such', null)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await dispatch(app.handlers, 42 as unknown as string, null)).toMatchObject({ ok: false });
  });
});
