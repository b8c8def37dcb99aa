/**
 * Profiles the import pipeline in one process (the worker's tasks run in-process, so a CPU profile
 * sees them): `node --cpu-prof --cpu-prof-dir=/tmp/prof --max-old-space-size=128 --import tsx
 * benchmarks/importProfile.ts [rows] [bitrix|shopify]`. Prints the time of each phase; the profile
 * shows where the JavaScript time goes (time SQLite spends on its own thread shows as idle).
 */
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { SpawnWorker } from '../electron/context';
import { runImportTask } from '../electron/workers/importTasks';
import type { ImportWorkerMessage, WorkerTask } from '../shared/imports/job';
import { startTestApp } from '../tests/support/testContext';
import { writeBitrixExport, writeShopifyExport } from './generateExports';

const rows = Number(process.argv[2] ?? 200_000);
/** `bitrix`, `shopify`, or several in one ledger, one after another (`bitrix,shopify`). */
const kinds = (process.argv[3] ?? 'bitrix').split(',');

/**
 * PROFILE_STAGE=1 (with PROFILE_FILES): a scan's stage and its result are kept next to the file, and a
 * later scan of the same file reuses them, so the import alone can be profiled and compared run by run.
 */
const stageCache = process.env.PROFILE_STAGE === '1' && process.env.PROFILE_FILES !== undefined;
const cachedScan = async (task: WorkerTask, send: (m: ImportWorkerMessage) => void): Promise<boolean> => {
  const kept = `${task.job.path}.stage.sqlite`;
  if (!existsSync(kept)) return false;
  await copyFile(kept, task.job.stageFile);
  send(JSON.parse(await readFile(`${kept}.json`, 'utf8')) as ImportWorkerMessage);
  return true;
};
const runTask = async (task: WorkerTask, signal: AbortSignal, send: (m: ImportWorkerMessage) => void) => {
  if (!stageCache || task.kind !== 'scan') return runImportTask(task, signal, send);
  if (await cachedScan(task, send)) return;
  let last: ImportWorkerMessage | null = null;
  await runImportTask(task, signal, (m) => {
    if (m.type === 'done') last = m;
    else send(m);
  });
  if (last !== null) {
    await copyFile(task.job.stageFile, `${task.job.path}.stage.sqlite`);
    await writeFile(`${task.job.path}.stage.sqlite.json`, JSON.stringify(last));
    send(last);
  }
};

/** The import worker's tasks run in this process, messages delivered asynchronously as over IPC. */
const inProcessWorker: SpawnWorker = () => {
  const controller = new AbortController();
  let listener: (message: unknown) => void = () => undefined;
  let exited: (code: number | null) => void = () => undefined;
  return {
    send: (raw) => {
      const message = raw as { type: 'task'; task: WorkerTask } | { type: 'cancel' };
      if (message.type === 'cancel') controller.abort();
      else
        void runTask(message.task, controller.signal, (m: ImportWorkerMessage) =>
          setImmediate(() => listener(structuredClone(m))),
        );
    },
    onMessage: (l) => void (listener = l),
    onExit: (l) => void (exited = l),
    kill: () => setImmediate(() => exited(0)),
  };
};

const main = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'cd-profile-'));
  try {
    const app = await startTestApp({ dir: join(dir, 'data'), spawnWorker: inProcessWorker });
    const org = await app.ok('organisations:create', {
      name: 'Профиль',
      registrationNumber: '02311201910245',
      jurisdiction: 'KG',
    });
    // Values mapped as in bench:import (pickup and cash go to nobody), so transfers are built too.
    const courier = await app.ok('recipients:create', {
      organisationId: org.id,
      type: 'courier',
      legalName: 'СДЭК',
      country: 'KG',
      role: 'processor',
      legalBasis: 'contract',
      purposes: 'Исполнение заказа',
      dataCategories: ['fullName', 'phone', 'deliveryAddress'],
    });
    const wait = async (jobId: string) => {
      for (;;) {
        const s = await app.ok('imports:job', { jobId });
        if (s.state !== 'running') return s;
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    let t = performance.now();
    let cpu = process.cpuUsage();
    // Bytes this process wrote to disk (Linux): the write-ahead log's traffic shows here.
    const written = () => Number(/write_bytes: (\d+)/.exec(readFileSync('/proc/self/io', 'utf8'))?.[1] ?? 0);
    let bytes = written();
    // CPU seconds (all threads: JavaScript and SQLite's) say more than wall seconds on a loaded machine.
    const lap = (label: string) => {
      const now = performance.now();
      const used = process.cpuUsage(cpu);
      const cpuSeconds = (used.user + used.system) / 1e6;
      const mb = (written() - bytes) / 1048576;
      console.log(
        `${label.padEnd(8)} ${((now - t) / 1000).toFixed(2)} s, CPU ${cpuSeconds.toFixed(2)} s, written ${mb.toFixed(0)} MB`,
      );
      t = now;
      bytes = written();
      cpu = process.cpuUsage();
    };
    for (const kind of kinds) {
      // PROFILE_FILES=<dir> keeps the generated file there, so its generation stays out of later profiles.
      const cache = process.env.PROFILE_FILES;
      const file = join(cache ?? dir, `${kind}-${rows}.csv`);
      if (!cache || !existsSync(file))
        await (kind === 'shopify' ? writeShopifyExport(file, rows) : writeBitrixExport(file, rows));
      lap(kind);
      app.dialogs.nextOpen.push(file);
      const chosen = await app.ok('imports:chooseFile', { organisationId: org.id });
      const best = chosen?.candidates[0];
      if (!chosen || !best) throw new Error('file not recognised');
      lap('sniff');
      const setup = {
        token: chosen.token,
        organisationId: org.id,
        preset: best.presetId,
        mapping: best.mapping,
      };
      const scan = await wait((await app.ok('imports:scan', setup)).jobId);
      lap('scan');
      for (const v of scan.values)
        await app.ok('imports:setAlias', {
          organisationId: org.id,
          field: v.field,
          value: v.value,
          recipientId: v.value === 'Самовывоз' || v.value === 'Наличные' ? null : courier.id,
        });
      const done = await wait((await app.ok('imports:start', { ...setup, profileName: '' })).jobId);
      lap('import');
      console.log(JSON.stringify(done.counts), done.state, done.error ?? '');
    }
    await app.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

void main();
