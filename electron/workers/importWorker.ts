import type { ImportWorkerMessage, WorkerTask } from '../../shared/imports/job';
import type { ImportReason } from '../../shared/imports/reasons';
import { Connection } from '../db/connection';
import { removeImportData } from '../db/repositories/ledgerRepository';
import { ImportFileError } from '../imports/importFileError';
import { importFromStage } from '../imports/importFromStage';
import { scanToStage } from '../imports/scanFile';

/**
 * The import worker process. A scan reads the file once and stages it; an import builds the ledger
 * from the stage through its own SQLite connection, so neither blocks the main process (each chunk
 * is a short transaction and the UI's own writes slot in between).
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

/** Every failure leaves as a reason key the UI translates; raw errno or SQLite text never does. */
export const failureReason = (error: unknown): ImportReason => {
  if (error instanceof ImportFileError) return error.reason;
  const code = (error as { code?: string } | null)?.code;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return 'import.diskFull';
  return 'import.failed';
};

const failure = (error: unknown): ImportWorkerMessage => {
  const reason = failureReason(error);
  if (reason === 'import.failed') console.error(error);
  return { type: 'failed', message: reason, reason };
};

const openLedger = async (file: string): Promise<Connection> => {
  const db = await Connection.open(file);
  await db.exec(`PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;
    PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768; PRAGMA wal_autocheckpoint = 10000;`);
  return db;
};

const scan = async () => {
  try {
    const result = await scanToStage(task.job, task.job.stageFile, controller.signal, (progress) =>
      send({ type: 'progress', progress }),
    );
    send({
      type: 'done',
      progress: result.progress,
      values: result.values,
      scanned: { sha256: result.sha256, stamp: result.stamp },
    });
  } catch (error) {
    send(controller.signal.aborted ? { type: 'cancelled' } : failure(error));
  }
};

const runImport = async () => {
  const db = await openLedger(task.job.databaseFile);
  try {
    const done = await importFromStage(db, task.job, task.job.stageFile, controller.signal, (progress) =>
      send({ type: 'progress', progress }),
    );
    send({ type: 'done', progress: done });
  } catch (error) {
    // Whatever stopped the import, nothing of it stays: cancel leaves no trace, a failure neither.
    // (On a full disk this may fail too: the main process and the next start try again.)
    await db.exec('BEGIN IMMEDIATE').catch(() => undefined);
    await removeImportData(db, task.job.importId)
      .then(() => db.exec('COMMIT'))
      .catch(() => db.exec('ROLLBACK').catch(() => undefined));
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
