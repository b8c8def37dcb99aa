import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SpawnWorker } from '../../../electron/context';
import { stagingDir } from '../../../electron/services/imports/importService';
import { runImportTask } from '../../../electron/workers/importTasks';
import { importReasonText } from '../../../shared/i18n/importReasons';
import { emptyCounts, type SniffTask, type WorkerTask } from '../../../shared/imports/job';
import { kgOrganisation } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testContext';
import { spawnedWorkers } from '../../support/workers';
import { tableCounts, waitJob, writeBigBitrixFile } from './importHelpers';

let app: TestApp | undefined;
afterEach(async () => {
  // A worker a test stopped must not outlive it.
  for (const child of spawnedWorkers)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await app?.close();
  app = undefined;
});

const STALLED = { message: 'import.stalled', reason: 'import.stalled' };

const scanOf = async (a: TestApp, path: string) => {
  const orgId = (await a.ok('organisations:create', kgOrganisation)).id;
  a.dialogs.nextOpen.push(path);
  const chosen = await a.ok('imports:chooseFile', { organisationId: orgId });
  const setup = {
    token: chosen?.token ?? '',
    organisationId: orgId,
    preset: chosen?.candidates[0]?.presetId ?? 'generic',
    mapping: chosen?.candidates[0]?.mapping ?? {},
  };
  return (await a.ok('imports:scan', setup)).jobId;
};

/**
 * A stand-in scan worker that reports `bytes(i)` every 40 ms, `ticks` times, then finishes (the sniff
 * of the chosen file runs for real, in process). Killing it ends it, as killing a process does;
 * `killed` counts the kills of a scan still running.
 */
const pacedWorker =
  (ticks: number, bytes: (i: number) => number, killed: { count: number }): SpawnWorker =>
  () => {
    let listener: (message: unknown) => void = () => undefined;
    let exited: (code: number | null) => void = () => undefined;
    let timer: NodeJS.Timeout | undefined;
    let scanning = false;
    return {
      send: (raw) => {
        const { task } = raw as { task: WorkerTask | SniffTask };
        if (task.kind === 'sniff') {
          void runImportTask(task, new AbortController().signal, (m) => setImmediate(() => listener(m))).then(
            () => setImmediate(() => exited(0)),
          );
          return;
        }
        scanning = true;
        let i = 0;
        timer = setInterval(() => {
          const progress = { bytesRead: bytes(i), totalBytes: 1e9, counts: emptyCounts(), elapsedMs: i * 40 };
          if (++i <= ticks) return listener({ type: 'progress', progress });
          clearInterval(timer);
          scanning = false;
          listener({
            type: 'done',
            progress,
            values: [],
            scanned: { sha256: 'x', stamp: { size: 1, mtimeMs: 1, ino: 1 } },
          });
          exited(0);
        }, 40);
      },
      onMessage: (l) => void (listener = l),
      onExit: (l) => void (exited = l),
      kill: () => {
        // Only a kill of a scan still running counts (the app ends every worker after its last word).
        if (scanning) killed.count += 1;
        scanning = false;
        clearInterval(timer);
        setImmediate(() => exited(null));
      },
    };
  };

describe('a scan that stops making progress is stopped (stall watchdog)', () => {
  it('a real scan worker that hangs mid-read is killed: the job fails with a translated reason, nothing is written', async () => {
    app = await startTestApp();
    app.ctx.importLimits = { stallMs: 3000 };
    const path = await writeBigBitrixFile(app.dir, 30_000);
    const before = await tableCounts(app);
    const jobId = await scanOf(app, path);
    await waitJob(app, jobId, (s) => s.bytesRead > 0 || s.state !== 'running');
    // The reader hangs: the worker process is frozen mid-read (SIGSTOP), as a reader stuck in a loop
    // or waiting forever looks from outside — alive, silent, never finishing. (On a machine so loaded
    // that the worker made no progress for the whole limit before this, it is already stopped.)
    const worker = spawnedWorkers[spawnedWorkers.length - 1];
    worker?.kill('SIGSTOP');
    const status = await waitJob(app, jobId);
    expect(status.state).toBe('failed');
    expect(status.error).toEqual(STALLED);
    expect(worker?.signalCode).toBe('SIGKILL');
    expect(importReasonText['import.stalled'].ru).toMatch(/ничего не изменено/);
    expect(await tableCounts(app)).toEqual(before);
    expect(await readdir(stagingDir(app.ctx))).toEqual([]);
    // The stopped scan holds nothing: another scan runs to its end at once.
    const small = join(app.dir, 'small.csv');
    await writeFile(small, 'Номер заказа;ФИО;Телефон\n1;Иванов Иван;0555 123 456\n');
    expect((await waitJob(app, await scanOf(app, small))).state).toBe('done');
  });

  it('a real scan that keeps progressing is never killed, though it runs far longer than the limit', async () => {
    app = await startTestApp();
    // The limit is well above the longest pause (700 ms) and the file large enough that the paced
    // scan outlasts the limit on an idle machine too (~1 s of CPU at 30 % duty: over 3 s).
    const stallMs = 2000;
    app.ctx.importLimits = { stallMs };
    const path = await writeBigBitrixFile(app.dir, 40_000);
    const jobId = await scanOf(app, path);
    await waitJob(app, jobId, (s) => s.bytesRead > 0 || s.state !== 'running');
    // A slow machine: the worker runs 300 ms of every second, so the scan takes several times longer
    // than the limit in all, but reads on in every second of it.
    const worker = spawnedWorkers[spawnedWorkers.length - 1];
    const started = performance.now();
    const pacing = setInterval(() => {
      worker?.kill('SIGSTOP');
      setTimeout(() => worker?.kill('SIGCONT'), 700);
    }, 1000);
    try {
      const status = await waitJob(app, jobId);
      expect(status.error).toBeNull();
      expect(status.state).toBe('done');
      expect(status.counts.rowsRead).toBe(40_000);
    } finally {
      clearInterval(pacing);
      worker?.kill('SIGCONT');
    }
    expect(performance.now() - started).toBeGreaterThan(stallMs);
  });

  it('progress, not messages, is what counts: a worker repeating the same progress is stopped', async () => {
    const killed = { count: 0 };
    app = await startTestApp({ spawnWorker: pacedWorker(1000, () => 4096, killed) });
    app.ctx.importLimits = { stallMs: 300 };
    const path = join(app.dir, 'orders.csv');
    await writeFile(path, 'Номер заказа;ФИО;Телефон\n1;Иванов Иван;0555 123 456\n');
    const status = await waitJob(app, await scanOf(app, path));
    expect(status.state).toBe('failed');
    expect(status.error).toEqual(STALLED);
    expect(killed.count).toBe(1);
  });

  it('a scan progressing for many times the limit in total runs to its end', async () => {
    const killed = { count: 0 };
    // 40 reports 40 ms apart (1.6 s), each further on, against a limit of 300 ms.
    app = await startTestApp({ spawnWorker: pacedWorker(40, (i) => (i + 1) * 1000, killed) });
    app.ctx.importLimits = { stallMs: 300 };
    const path = join(app.dir, 'orders.csv');
    await writeFile(path, 'Номер заказа;ФИО;Телефон\n1;Иванов Иван;0555 123 456\n');
    const status = await waitJob(app, await scanOf(app, path));
    expect(status.state).toBe('done');
    expect(killed.count).toBe(0);
  });
});
