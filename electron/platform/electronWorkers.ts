import type { UtilityProcess } from 'electron';
import { workerExecArgv, type SpawnWorker } from '../context';
import { builtPaths } from '../runtimeAssets';

type Fork = (modulePath: string, args: string[], options: Electron.ForkOptions) => UtilityProcess;

/**
 * Workers run in Electron utility processes started from the built bundles next to main.js
 * (`out/main/<name>.js`, inside app.asar when packaged; see electron/runtimeAssets.ts).
 */
export const utilityProcessWorkers =
  (fork: Fork, mainDir: string): SpawnWorker =>
  (name) => {
    const child = fork(builtPaths(mainDir).worker(name), [], {
      serviceName: `Compliance Desk ${name}`,
      execArgv: workerExecArgv(name),
    });
    return {
      send: (message) => child.postMessage(message),
      onMessage: (listener) => void child.on('message', listener),
      onExit: (listener) => void child.on('exit', listener),
      kill: () => void child.kill(),
    };
  };
