import { createHash } from 'node:crypto';
import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kgOrganisation } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testContext';
import { importFile, tableCounts, waitJob } from './importHelpers';
import { writeOrdersXlsx } from './xlsxFiles';

let app: TestApp;
let orgId: number;
beforeEach(async () => {
  app = await startTestApp();
  orgId = (await app.ok('organisations:create', kgOrganisation)).id;
});
afterEach(async () => app.close());

const sha256 = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

describe('an XLSX import is tied to the bytes that were scanned', () => {
  it('the import records the SHA-256 of the whole workbook file the scan read', async () => {
    const path = join(app.dir, 'orders.xlsx');
    await writeOrdersXlsx(path, 30);
    const { status } = await importFile(app, orgId, path);
    expect(status.state).toBe('done');
    const row = await app.ctx.db.get<{ file_sha256: string }>('SELECT file_sha256 FROM imports');
    expect(row?.file_sha256).toBe(await sha256(path));
  });

  it('a workbook swapped for another after the scan is not imported', async () => {
    const path = join(app.dir, 'orders.xlsx');
    await writeOrdersXlsx(path, 30);
    app.dialogs.nextOpen.push(path);
    const chosen = await app.ok('imports:chooseFile', { organisationId: orgId });
    const best = chosen?.candidates[0];
    if (!chosen || !best) throw new Error('not chosen');
    const setup = {
      token: chosen.token,
      organisationId: orgId,
      preset: best.presetId,
      mapping: best.mapping,
    };
    const scan = await waitJob(app, (await app.ok('imports:scan', setup)).jobId);
    expect(scan.state).toBe('done');
    for (const v of scan.values)
      await app.ok('imports:setAlias', {
        organisationId: orgId,
        field: v.field,
        value: v.value,
        recipientId: null,
      });
    // Another workbook of the same size put in its place (a new file renamed over it).
    const other = join(app.dir, 'other.xlsx');
    await writeOrdersXlsx(other, 30);
    await rename(other, path);
    const before = await tableCounts(app);
    const started = await app.call('imports:start', { ...setup, profileName: '', confirmReimport: false });
    expect(started).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'errors.fileChangedSinceScan' },
    });
    expect(await tableCounts(app)).toEqual(before);
  });
});
