import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SpawnWorker } from '../../../electron/context';
import { Connection } from '../../../electron/db/connection';
import { runImportTask } from '../../../electron/workers/importTasks';
import type { ImportWorkerMessage, SniffTask, WorkerTask } from '../../../shared/imports/job';
import { kgOrganisation } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testContext';
import { importFile, tableCounts, writeBigBitrixFile } from './importHelpers';

/**
 * The worker's tasks in this process (messages delivered asynchronously, as over IPC), so the test can
 * give the import's own database connection a full disk.
 */
const inProcessWorker: SpawnWorker = () => {
  const controller = new AbortController();
  let listener: (message: unknown) => void = () => undefined;
  let exited: (code: number | null) => void = () => undefined;
  return {
    send: (raw) => {
      const message = raw as { type: 'task'; task: WorkerTask | SniffTask } | { type: 'cancel' };
      if (message.type === 'cancel') controller.abort();
      else
        void runImportTask(message.task, controller.signal, (m: ImportWorkerMessage) =>
          setImmediate(() => listener(structuredClone(m))),
        );
    },
    onMessage: (l) => void (listener = l),
    onExit: (l) => void (exited = l),
    kill: () => setImmediate(() => exited(0)),
  };
};

let app: TestApp;
let orgId: number;
beforeEach(async () => {
  app = await startTestApp({ spawnWorker: inProcessWorker });
  orgId = (await app.ok('organisations:create', kgOrganisation)).id;
});
afterEach(async () => {
  vi.restoreAllMocks();
  await app.close();
});

describe('disk full during an import', () => {
  it('fails with a translated reason, leaves nothing of the import behind, and a re-run gives the same counts', async () => {
    const path = await writeBigBitrixFile(app.dir, 3_000);
    const before = await tableCounts(app);
    // The import's connection may grow the database by a few pages only: SQLite answers SQLITE_FULL
    // part-way through the build, as on a full disk.
    const open = Connection.open.bind(Connection);
    vi.spyOn(Connection, 'open').mockImplementation(async (file, mode) => {
      const db = await open(file, mode);
      if (file === app.ctx.paths.databaseFile) {
        const pages = (await db.get<{ page_count: number }>('PRAGMA page_count'))?.page_count ?? 0;
        await db.exec(`PRAGMA max_page_count = ${pages + 40}`);
      }
      return db;
    });
    const failed = await importFile(app, orgId, path);
    expect(failed.status.state).toBe('failed');
    expect(failed.status.error).toEqual({ message: 'import.diskFull', reason: 'import.diskFull' });
    expect(JSON.stringify(failed.status)).not.toMatch(/SQLITE|disk is full/);
    expect(await tableCounts(app)).toEqual(before);
    expect(await app.ok('audit:verify')).toMatchObject({ ok: true });

    vi.restoreAllMocks();
    const again = await importFile(app, orgId, path, {}, { confirmReimport: true });
    expect(again.status.state).toBe('done');
    expect(again.status.counts).toMatchObject({ imported: 3_000, rejected: 0 });
  });
});
