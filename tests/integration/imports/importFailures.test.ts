import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jobFinished } from '../../../electron/services/imports/jobs';
import { kgOrganisation, recipientInput } from '../../support/fixtures';
import { insertLedgerFixture } from '../correspondenceFixtures';
import { startTestApp, type TestApp } from '../../support/testContext';
import { spawnedWorkers } from '../../support/workers';
import { fixture, importFile, tableCounts, waitJob, writeBigBitrixFile } from './importHelpers';

let app: TestApp;
let orgId: number;
beforeEach(async () => {
  app = await startTestApp();
  orgId = (await app.ok('organisations:create', kgOrganisation)).id;
});
afterEach(async () => app.close());

const startBig = async (rows: number) => {
  const path = await writeBigBitrixFile(app.dir, rows);
  app.dialogs.nextOpen.push(path);
  const chosen = await app.ok('imports:chooseFile', { organisationId: orgId });
  const setup = {
    token: chosen?.token ?? '',
    organisationId: orgId,
    preset: 'bitrix' as const,
    mapping: chosen?.candidates[0]?.mapping ?? {},
  };
  const scan = await waitJob(app, (await app.ok('imports:scan', setup)).jobId);
  for (const v of scan.values)
    await app.ok('imports:setAlias', {
      organisationId: orgId,
      field: v.field,
      value: v.value,
      recipientId: null,
    });
  return (await app.ok('imports:start', { ...setup, profileName: '' })).jobId;
};

/** What earlier imports left in the ledger (written directly: no worker to start). */
const seedEarlierLedger = async () => {
  const courierId = (await app.ok('recipients:create', recipientInput(orgId))).id;
  const bankId = (
    await app.ok('recipients:create', recipientInput(orgId, { legalName: 'Банк', type: 'bank' }))
  ).id;
  await insertLedgerFixture(app, orgId, { courierId, bankId });
};

describe('an import that does not finish leaves no trace', () => {
  it('Cancel mid-import removes everything it wrote; earlier imports stay', async () => {
    await seedEarlierLedger();
    const before = await tableCounts(app);
    const jobId = await startBig(3_000);
    const running = await waitJob(app, jobId, (s) => s.percent > 0 || s.state !== 'running');
    expect(running.state).toBe('running');
    expect(running.percent).toBeGreaterThan(0);
    await app.ok('imports:cancel', { jobId });
    expect((await waitJob(app, jobId)).state).toBe('cancelled');
    expect(await tableCounts(app)).toEqual(before);
    expect(await app.ok('audit:verify')).toMatchObject({ ok: true });
  });

  it('a worker killed mid-import is undone by the main process and the import can run again', async () => {
    const jobId = await startBig(3_000);
    await waitJob(app, jobId, (s) => s.percent > 0 || s.state !== 'running');
    spawnedWorkers[spawnedWorkers.length - 1]?.kill('SIGKILL');
    await jobFinished(app.ctx, jobId);
    expect((await app.ok('imports:job', { jobId })).state).toBe('failed');
    expect(await tableCounts(app)).toMatchObject({
      imports: 0,
      orders: 0,
      subjects: 0,
      keys: 0,
      transfers: 0,
      rejections: 0,
    });
    // Re-run: the same file imports completely, with the counts of an import never interrupted.
    const again = await startBig(3_000);
    const done = await waitJob(app, again);
    expect(done).toMatchObject({ state: 'done' });
    expect(done.counts).toMatchObject({ imported: 3_000, subjectsCreated: 3_000, duplicates: 0 });
    expect(await tableCounts(app)).toMatchObject({ orders: 3_000, subjects: 3_000, keys: 6_000 });
  });

  it('an import left running by a crashed app is removed at the next start', async () => {
    await seedEarlierLedger();
    const before = await tableCounts(app);
    // A second import whose completion never happened (the app died before its last transaction).
    const { status } = await importFile(app, orgId, fixture('overlap-b.csv'));
    await app.ctx.db.run("UPDATE imports SET status = 'running' WHERE id = :id", { id: status.importId });
    expect((await tableCounts(app)).orders).toBeGreaterThan(before.orders);
    await app.ctx.db.close();
    const restarted = await startTestApp({ dir: app.dir });
    expect(await tableCounts(restarted)).toEqual(before);
    await restarted.close();
    app = await startTestApp({ dir: app.dir });
  });
});
