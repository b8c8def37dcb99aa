import { fork, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { workerExecArgv, type SpawnWorker } from '../../electron/context';
import { builtWorker } from '../../electron/runtimeAssets';
import { bundledWorker } from './bundledWorkers';

const root = resolve(__dirname, '../..');

/** Every worker process a test started, so a test can kill one mid-import. */
export const spawnedWorkers: ChildProcess[] = [];

/** Forks a worker entry file and wraps it as a WorkerHandle. */
const forkWorker = (entry: string, execArgv: string[]) => {
  const child = fork(entry, [], { execArgv, serialization: 'advanced', stdio: 'inherit' });
  spawnedWorkers.push(child);
  return {
    send: (message: unknown) => {
      if (child.connected) child.send(message as object);
    },
    onMessage: (listener: (message: unknown) => void) => void child.on('message', listener),
    onExit: (listener: (code: number | null) => void) => void child.on('exit', (code) => listener(code)),
    kill: () => void child.kill('SIGKILL'),
  };
};

/** The bundled worker the app ships (out/main/<name>.js, after `electron-vite build`), run by Node. */
export const builtSpawnWorker: SpawnWorker = (name) =>
  forkWorker(
    resolve(root, builtWorker(name)),
    // e.g. BENCH_WORKER_ARGV='--cpu-prof --cpu-prof-dir=/tmp/prof' to profile the worker in a benchmark
    [...workerExecArgv(name), ...(process.env.BENCH_WORKER_ARGV ?? '').split(' ').filter(Boolean)],
  );

/**
 * Runs the worker, bundled from the TypeScript sources (bundledWorkers.ts), in a real child process
 * with the app's own worker flags (tests, e2e harness). Starts in well under a second.
 */
export const testSpawnWorker: SpawnWorker = (name) => forkWorker(bundledWorker(name), workerExecArgv(name));
