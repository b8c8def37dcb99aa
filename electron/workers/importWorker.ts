import type { ImportWorkerMessage, SniffTask, WorkerTask } from '../../shared/imports/job';
import { runImportTask } from './importTasks';

/**
 * The import worker process: runs one task (see importTasks.ts) off the main process, so neither
 * parsing nor building the ledger blocks it (each chunk is a short transaction and the UI's own
 * writes slot in between), and a crash or a hostile file cannot take the app down.
 * Messages in: { type: 'task', task }, then { type: 'cancel' }. Messages out: ImportWorkerMessage.
 */
interface ParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}
/** Electron's utilityProcess gives `process.parentPort`; a forked Node process has `process.send`. */
const electronPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
const send = (message: ImportWorkerMessage) =>
  electronPort ? electronPort.postMessage(message) : process.send?.(message);
const onMessage = (listener: (message: unknown) => void) =>
  electronPort
    ? electronPort.on('message', (event) => listener(event.data))
    : process.on('message', listener);

const controller = new AbortController();
onMessage((raw) => {
  const message = raw as { type: 'task'; task: WorkerTask | SniffTask } | { type: 'cancel' };
  if (message.type === 'cancel') controller.abort();
  else if (message.type === 'task') void runImportTask(message.task, controller.signal, send);
});
