import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportFileError } from '../../../electron/imports/importFileError';
import { readRecords } from '../../../electron/imports/readRecords';
import { sniffFile } from '../../../electron/imports/sniffFile';
import { ZIP_LIMITS } from '../../../electron/imports/xlsxZip';
import { importReasonText } from '../../../shared/i18n/importReasons';
import { importReasons } from '../../../shared/imports/reasons';
import { kgOrganisation } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testContext';
import { tableCounts, waitJob } from './importHelpers';
import { craftWorkbook, craftZip, deflated, spacesBomb, writeCrafted } from './hostileZipFiles';
import { sharedStringsXml, sheetXml, writeOrdersXlsx } from './xlsxFiles';
import { watchWorkers } from './xlsxWorkerMemory';

let app: TestApp;
let orgId: number;
beforeEach(async () => {
  app = await startTestApp();
  orgId = (await app.ok('organisations:create', kgOrganisation)).id;
});
afterEach(async () => app.close());

const SHEET = 'xl/worksheets/sheet1.xml';
const STRINGS = 'xl/sharedStrings.xml';
const MiB = 1024 ** 2;
const GiB = 1024 ** 3;
/** A worker that unpacked any of these bombs would need far more (they unpack to ≥ 1 GiB). */
const WORKER_RSS_BOUND = 250 * 1024 ** 2;

/** The sheet XML of a header and `rows` orders, split where a bomb can be put inside `<sheetData>`. */
const orderSheet = (rows: number) => {
  const strings = ['Номер заказа', 'ФИО', 'Телефон', 'Служба доставки', 'СДЭК'];
  const table = [[0, 1, 2, 3]];
  for (let i = 0; i < rows; i++)
    table.push([strings.push(`${5000 + i}`) - 1, strings.push(`Покупатель ${i}`) - 1, 2, 4]);
  const xml = sheetXml(table);
  const cut = xml.indexOf('</sheetData>');
  return { head: xml.slice(0, cut), tail: xml.slice(cut), strings: sharedStringsXml(strings) };
};

/** The bombs: each would unpack to a gigabyte or more; none may cost that. */
const sheet = orderSheet(1);
/** 1 GiB of sheet XML in ~1 MB. */
const sheetBomb = () => spacesBomb(1024, sheet.head, sheet.tail);
const bombs: [string, () => Buffer][] = [
  [
    'high-ratio sheet (sizes declared truly)',
    () => craftWorkbook([{ name: SHEET, data: sheetBomb(), size: GiB + 200 }], '', sheet.strings),
  ],
  [
    'sheet declared small, unpacking huge',
    () => craftWorkbook([{ name: SHEET, data: sheetBomb(), size: 4000 }], '', sheet.strings),
  ],
  [
    'shared strings declared at a plausible ratio, unpacking 1000:1',
    () =>
      craftWorkbook(
        [{ name: STRINGS, data: spacesBomb(1024, '<sst>', '</sst>'), size: 150 * 1024 ** 2 }],
        sheetXml([[0]]),
      ),
  ],
  [
    'many entries',
    () =>
      craftZip(
        Array.from({ length: ZIP_LIMITS.maxEntries + 1 }, (_, i) => ({
          name: `xl/media/x${i}.xml`,
          data: deflated('<x/>'),
          size: 4,
        })),
      ),
  ],
  [
    'entries declaring more than the total bound together',
    () =>
      craftWorkbook(
        Array.from({ length: 5 }, (_, i) => ({
          name: `xl/media/part${i}.bin`,
          data: Buffer.alloc(8 * MiB, i), // never unpacked: the directory alone is refused
          size: GiB - 1,
        })),
      ),
  ],
  [
    'overlapping entries (one compressed kernel behind many names)',
    () =>
      craftWorkbook([
        { name: 'xl/media/kernel.bin', data: randomBytes(MiB), method: 0, size: MiB },
        ...Array.from({ length: 20 }, (_, i) => ({
          name: `xl/worksheets/sheet${i + 2}.xml`,
          data: Buffer.alloc(0),
          method: 0 as const,
          size: MiB,
          packedSize: MiB,
          sameDataAs: 0,
        })),
      ]),
  ],
  [
    'a zip nested in the sheet part (not XML: damaged)',
    () => {
      const inner = craftZip([{ name: 'inner.xml', data: sheetBomb(), size: GiB }]);
      return craftWorkbook([{ name: SHEET, data: deflateRawSync(inner), size: inner.length }]);
    },
  ],
];

describe('zip bombs in an XLSX are refused before or while unpacking, in bounded time and memory', () => {
  it.each(bombs)(
    '%s: refused with a translated reason when chosen, by a worker that stays small',
    async (name, bytes) => {
      const path = await writeCrafted(join(app.dir, 'bomb.xlsx'), bytes());
      const before = await tableCounts(app);
      const watch = watchWorkers();
      app.dialogs.nextOpen.push(path);
      const result = await app.call('imports:chooseFile', { organisationId: orgId });
      const { peak } = watch.stop();
      expect(result.ok).toBe(false);
      if (result.ok) return;
      // Not the time limit (import.timeLimit, 20 s) nor a dead worker: the guard refused it.
      expect(result.error).toMatchObject({
        code: 'VALIDATION',
        message: name.includes('nested') ? 'import.unreadableXlsx' : 'import.zipBomb',
      });
      expect(peak).toBeLessThan(WORKER_RSS_BOUND);
      expect(await tableCounts(app)).toEqual(before);
      // What the officer reads next to the file field.
      expect(importReasonText[result.error.message as 'import.zipBomb'].ru).not.toMatch(/^import\./);
    },
  );

  it('the reader stops a lying part after its declared size, not after the bomb', async () => {
    const sheet = orderSheet(1);
    const path = await writeCrafted(
      join(app.dir, 'lying.xlsx'),
      craftWorkbook(
        [{ name: SHEET, data: spacesBomb(4096, sheet.head, sheet.tail), size: 100_000 }],
        '',
        sheet.strings,
      ),
    );
    let unpacked = 0;
    const error = await (async () => {
      const sniff = await sniffFile(path);
      for await (const item of readRecords(path, sniff, { onProgress: (bytes) => (unpacked = bytes) }))
        void item;
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as ImportFileError).reason).toBe('import.zipBomb');
    expect(unpacked).toBeLessThan(1024 * 1024); // packed bytes read: a fraction of the 4 MB file
  });

  it('a bomb after the first rows passes the preview and stops the scan, whose job status carries the reason', async () => {
    const sheet = orderSheet(120);
    const path = await writeCrafted(
      join(app.dir, 'late-bomb.xlsx'),
      craftWorkbook(
        [{ name: SHEET, data: spacesBomb(2048, sheet.head, sheet.tail), size: 50 * 1024 ** 2 }],
        '',
        sheet.strings,
      ),
    );
    const before = await tableCounts(app);
    app.dialogs.nextOpen.push(path);
    const chosen = await app.ok('imports:chooseFile', { organisationId: orgId });
    if (!chosen) throw new Error('no file chosen');
    expect(chosen.preview.length).toBeGreaterThan(0);
    const best = chosen.candidates[0];
    if (!best) throw new Error('no preset');
    const watch = watchWorkers();
    const { jobId } = await app.ok('imports:scan', {
      token: chosen.token,
      organisationId: orgId,
      preset: best.presetId,
      mapping: best.mapping,
    });
    const status = await waitJob(app, jobId);
    expect(watch.stop().peak).toBeLessThan(WORKER_RSS_BOUND);
    expect(status.state).toBe('failed');
    expect(status.error).toEqual({ message: 'import.zipBomb', reason: 'import.zipBomb' });
    expect(await tableCounts(app)).toEqual(before);
  });
});

describe('damaged workbooks end, never hang', () => {
  it('100 seeded mutations of a workbook (bytes flipped, cut short) each end in rows or a reason key', async () => {
    // exceljs's own unzipping left 5 of 90 such files hanging; the package reader must always end.
    const seedPath = join(app.dir, 'seed.xlsx');
    await writeOrdersXlsx(seedPath, 50);
    const seed = await readFile(seedPath);
    let state = 20261207;
    const next = (n: number) => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) % n;
    const outcomes = new Map<string, number>();
    for (let n = 0; n < 100; n++) {
      const bytes = Buffer.from(seed);
      for (let flips = 1 + next(20); flips > 0; flips--) bytes[next(bytes.length)] = next(256);
      const path = await writeCrafted(
        join(app.dir, `mutated-${n}.xlsx`),
        n % 3 === 0 ? bytes.subarray(0, next(bytes.length)) : bytes,
      );
      const outcome = await Promise.race([
        (async () => {
          const sniff = await sniffFile(path);
          for await (const item of readRecords(path, sniff)) void item;
          return 'read';
        })().catch((e: unknown) => (e instanceof ImportFileError ? e.reason : `other: ${String(e)}`)),
        new Promise<string>((resolve) => setTimeout(() => resolve('hung'), 30_000)),
      ]);
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    for (const outcome of outcomes.keys()) expect(['read', ...importReasons]).toContain(outcome);
  }, 120_000);
});
