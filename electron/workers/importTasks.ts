import type { ImportWorkerMessage, SniffTask, WorkerTask } from '../../shared/imports/job';
import type { ImportReason } from '../../shared/imports/reasons';
import { Connection } from '../db/connection';
import { removeImportData } from '../db/repositories/ledgerRepository';
import { ImportFileError } from '../imports/importFileError';
import { importFromStage } from '../imports/importFromStage';
import { scanToStage } from '../imports/scanFile';
import { sniffFile } from '../imports/sniffFile';

/** Every failure leaves as a reason key the UI translates; raw errno or SQLite text never does. */
export const failureReason = (error: unknown): ImportReason => {
  if (error instanceof ImportFileError) return error.reason;
  const code = (error as { code?: string } | null)?.code;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return 'import.diskFull';
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EPERM' || code === 'EISDIR')
    return 'import.readFailed';
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

const scan = async (task: WorkerTask, signal: AbortSignal, send: (m: ImportWorkerMessage) => void) => {
  try {
    const result = await scanToStage(task.job, task.job.stageFile, signal, (progress) =>
      send({ type: 'progress', progress }),
    );
    send({
      type: 'done',
      progress: result.progress,
      values: result.values,
      scanned: { sha256: result.sha256, stamp: result.stamp },
    });
  } catch (error) {
    send(signal.aborted ? { type: 'cancelled' } : failure(error));
  }
};

const runImport = async (task: WorkerTask, signal: AbortSignal, send: (m: ImportWorkerMessage) => void) => {
  const db = await openLedger(task.job.databaseFile);
  try {
    const done = await importFromStage(db, task.job, task.job.stageFile, signal, (progress) =>
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
    send(signal.aborted ? { type: 'cancelled' } : failure(error));
  } finally {
    await db.close();
  }
};

const sniff = async (task: SniffTask, send: (m: ImportWorkerMessage) => void) => {
  try {
    send({
      type: 'sniffed',
      sniff: await sniffFile(task.path, task.encoding ? { encoding: task.encoding } : {}),
    });
  } catch (error) {
    send(failure(error));
  }
};

/**
 * One task of the import worker, to its last word: a scan reads the file once and stages it; an
 * import builds the ledger from the stage through its own SQLite connection. Never throws: the
 * outcome is the last message sent.
 */
export const runImportTask = (
  task: WorkerTask | SniffTask,
  signal: AbortSignal,
  send: (message: ImportWorkerMessage) => void,
): Promise<void> =>
  task.kind === 'sniff'
    ? sniff(task, send)
    : task.kind === 'scan'
      ? scan(task, signal, send)
      : runImport(task, signal, send);
