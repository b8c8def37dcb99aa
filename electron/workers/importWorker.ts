import type { ImportWorkerMessage, WorkerTask } from '../../shared/imports/job';
import { Database } from '../db/database';
import { removeImportData } from '../db/repositories/ledgerRepository';
import { ImportFileError } from '../imports/importFileError';
import { runImportPipeline } from '../imports/pipeline';
import { scanAliasValues } from '../imports/scanValues';

/**
 * The import worker process. A scan only reads the file; an import also writes through its own
 * SQLite connection, so parsing and writing never block the main process (each batch is a short
 * transaction and the UI's own writes slot in between batches).
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

const failure = (error: unknown): ImportWorkerMessage =>
  error instanceof ImportFileError
    ? { type: 'failed', message: error.message, reason: error.reason }
    : { type: 'failed', message: error instanceof Error ? error.message : String(error) };

const scan = async () => {
  try {
    const result = await scanAliasValues(task.job, controller.signal, (progress) =>
      send({ type: 'progress', progress }),
    );
    send({ type: 'done', progress: result.progress, values: result.values });
  } catch (error) {
    send(controller.signal.aborted ? { type: 'cancelled' } : failure(error));
  }
};

const runImport = async () => {
  const db = await Database.open(task.job.databaseFile);
  try {
    const done = await runImportPipeline(db, task.job, controller.signal, (progress) =>
      send({ type: 'progress', progress }),
    );
    send({ type: 'done', progress: done });
  } catch (error) {
    // Whatever stopped the import, nothing of it stays: cancel leaves no trace, a failure neither.
    await db.transaction((tx) => removeImportData(tx, task.job.importId));
    send(controller.signal.aborted ? { type: 'cancelled' } : failure(error));
  } finally {
    await db.close();
  }
};

let task!: WorkerTask;
onMessage((raw) => {
  const message = raw as { type: 'task'; task: WorkerTask } | { type: 'cancel' };
  if (message.type === 'cancel') controller.abort();
  else if (message.type === 'task') {
    task = message.task;
    void (task.kind === 'scan' ? scan() : runImport());
  }
});
