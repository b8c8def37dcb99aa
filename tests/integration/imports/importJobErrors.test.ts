import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SpawnWorker } from '../../../electron/context';
import { runImportTask } from '../../../electron/workers/importTasks';
import type { SniffTask, WorkerTask } from '../../../shared/imports/job';
import { kgOrganisation } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testContext';
import { waitJob } from './importHelpers';

let app: TestApp | undefined;
afterEach(async () => app?.close());

/**
 * A stand-in worker that answers a scan or an import with `reply` (or dies without a word when it is
 * null); the sniff of the chosen file runs for real, in process.
 */
const scriptedWorker =
  (reply: unknown | null): SpawnWorker =>
  () => {
    let listener: (message: unknown) => void = () => undefined;
    let exited: (code: number | null) => void = () => undefined;
    return {
      send: (raw) => {
        const { task } = raw as { task: WorkerTask | SniffTask };
        if (task.kind === 'sniff') {
          void runImportTask(task, new AbortController().signal, (m) => setImmediate(() => listener(m))).then(
            () => setImmediate(() => exited(0)),
          );
          return;
        }
        setImmediate(() => {
          if (reply !== null) listener(reply);
          exited(reply === null ? 1 : 0);
        });
      },
      onMessage: (l) => void (listener = l),
      onExit: (l) => void (exited = l),
      kill: () => undefined,
    };
  };

const scanWith = async (
  spawnWorker: SpawnWorker,
  file = 'Номер заказа;ФИО;Телефон\n1;Иванов Иван;0555 123 456\n',
) => {
  app = await startTestApp({ spawnWorker });
  const orgId = (await app.ok('organisations:create', kgOrganisation)).id;
  const path = join(app.dir, 'orders.csv');
  await writeFile(path, file);
  app.dialogs.nextOpen.push(path);
  const chosen = await app.ok('imports:chooseFile', { organisationId: orgId });
  const setup = {
    token: chosen?.token ?? '',
    organisationId: orgId,
    preset: chosen?.candidates[0]?.presetId ?? 'generic',
    mapping: chosen?.candidates[0]?.mapping ?? {},
  };
  return { status: await waitJob(app, (await app.ok('imports:scan', setup)).jobId), path, setup };
};

describe('a failed import job reports reason keys only', () => {
  it('raw text from a worker (SQLite, errno, a path, a stack) never reaches the job status', async () => {
    const raw = 'SQLITE_IOERR: disk I/O error\n    at /home/officer/.config/Compliance Desk/x.sqlite:1:1';
    const { status } = await scanWith(scriptedWorker({ type: 'failed', message: raw, reason: raw }));
    expect(status.state).toBe('failed');
    expect(status.error).toEqual({ message: 'import.failed', reason: 'import.failed' });
    expect(JSON.stringify(status)).not.toMatch(/SQLITE|officer|\bat \//);
  });

  it('a known reason key from the worker is kept as the message and the reason', async () => {
    const { status } = await scanWith(
      scriptedWorker({
        type: 'failed',
        message: 'ENOSPC: no space left on device',
        reason: 'import.diskFull',
      }),
    );
    expect(status.error).toEqual({ message: 'import.diskFull', reason: 'import.diskFull' });
  });

  it('a worker that dies without a word is reported as stopped', async () => {
    const { status } = await scanWith(scriptedWorker(null));
    expect(status.state).toBe('failed');
    expect(status.error).toEqual({ message: 'errors.workerStopped' });
  });

  it('the real worker: a file changed after it was chosen fails with its translated reason', async () => {
    // The default (bundled) worker; the file gets another size after it was chosen.
    app = await startTestApp();
    const orgId = (await app.ok('organisations:create', kgOrganisation)).id;
    const path = join(app.dir, 'orders.csv');
    await writeFile(path, 'Номер заказа;ФИО;Телефон\n1;Иванов Иван;0555 123 456\n');
    app.dialogs.nextOpen.push(path);
    const chosen = await app.ok('imports:chooseFile', { organisationId: orgId });
    await writeFile(
      path,
      'Номер заказа;ФИО;Телефон\n1;Иванов Иван;0555 123 456\n2;Петров Пётр;0555 123 457\n',
    );
    const setup = {
      token: chosen?.token ?? '',
      organisationId: orgId,
      preset: chosen?.candidates[0]?.presetId ?? 'generic',
      mapping: chosen?.candidates[0]?.mapping ?? {},
    };
    const status = await waitJob(app, (await app.ok('imports:scan', setup)).jobId);
    expect(status.state).toBe('failed');
    expect(status.error).toEqual({ message: 'import.fileChanged', reason: 'import.fileChanged' });
  });
});
