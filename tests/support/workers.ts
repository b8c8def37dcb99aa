import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SpawnWorker } from '../../electron/context';

/** Every worker a test started, so a test can kill one mid-import. */
export const spawnedWorkers: Worker[] = [];

/** Runs the TypeScript worker entry in a real worker thread through tsx (tests and the e2e harness). */
export const tsxSpawnWorker: SpawnWorker = (name, data) => {
  const entry = resolve(__dirname, '../../electron/workers', `${name}.ts`);
  const worker = new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(entry)});`, {
    eval: true,
    workerData: data,
  });
  spawnedWorkers.push(worker);
  return worker;
};
