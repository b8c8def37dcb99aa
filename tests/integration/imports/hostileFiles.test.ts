import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SpawnWorker } from '../../../electron/context';
import { ImportFileError } from '../../../electron/imports/importFileError';
import { readRecords } from '../../../electron/imports/readRecords';
import { sniffFile } from '../../../electron/imports/sniffFile';
import { sniffInWorker } from '../../../electron/services/imports/sniffInWorker';
import { importReasons } from '../../../shared/imports/reasons';
import { DomainError } from '../../../shared/ipc/result';
import { kgOrganisation } from '../../support/fixtures';
import { startTestApp, type TestApp } from '../../support/testContext';
import { tableCounts, waitJob } from './importHelpers';
import { sharedStringsXml, sheetXml, writeOrdersXlsx, writeXlsx } from './xlsxFiles';

let app: TestApp;
let orgId: number;
beforeEach(async () => {
  app = await startTestApp();
  orgId = (await app.ok('organisations:create', kgOrganisation)).id;
});
afterEach(async () => app.close());

/** Chooses a file: its sniff (in a worker) or the reason it was refused. */
const choose = async (path: string) => {
  app.dialogs.nextOpen.push(path);
  return app.call('imports:chooseFile', { organisationId: orgId });
};

const expectRefusedWithReason = (result: Awaited<ReturnType<typeof choose>>) => {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe('VALIDATION');
  expect(importReasons).toContain(result.error.message);
  expect(JSON.stringify(result)).not.toMatch(/Error:|at \/|ENOENT|SQLITE|sax|unzip/);
};

describe('hostile and huge files are read in a worker, in bounded memory and time', () => {
  it('the reader resolves shared strings spilled to disk (a small memory share, as the scan reads)', async () => {
    const path = join(app.dir, 'spilled.xlsx');
    await writeOrdersXlsx(path, 200);
    const rows: Record<string, string>[] = [];
    const sniff = await sniffFile(path);
    for await (const item of readRecords(path, sniff, { sharedStringsMemoryBytes: 500 }))
      if ('values' in item) rows.push(item.values);
    expect(rows).toHaveLength(200);
    expect(rows[199]).toMatchObject({
      'Номер заказа': '1199',
      ФИО: 'Покупатель 199',
      'Служба доставки': 'СДЭК',
    });
  });

  it('a workbook of huge shared strings is sniffed in a worker, its strings beyond 16 MB spilled to disk', async () => {
    // ~18 MB of shared strings in a small file: more than the reader keeps in memory (16 MB).
    const path = join(app.dir, 'huge-strings.xlsx');
    const filler = 'Ж'.repeat(2000);
    const header = ['Номер заказа', 'ФИО', 'Телефон', 'Служба доставки'];
    const spilled = 4_500;
    const table = [
      [0, 1, 2, 3],
      [4, 5, 6, 7],
      [8 + spilled, 9 + spilled, 10 + spilled, 7],
    ];
    await writeXlsx(path, sheetXml(table), async function* () {
      yield sharedStringsXml([...header, '1001', 'Асанов Бакыт', '0555 123 456', 'СДЭК']).replace(
        '</sst>',
        '',
      );
      for (let i = 0; i < spilled; i++) yield `<si><t>${filler}${i}</t></si>`;
      yield '<si><t>1002</t></si><si><t>Петров Пётр</t></si><si><t>0555 123 457</t></si></sst>';
    });
    expect((await readFile(path)).length).toBeLessThan(1_000_000);
    // Through the app: the sniff and its preview come from a worker.
    const chosen = await choose(path);
    expect(chosen.ok).toBe(true);
    if (!chosen.ok || !chosen.value) return;
    expect(chosen.value.headers).toEqual(header);
    expect(chosen.value.preview.map((p) => ('values' in p ? p.values['ФИО'] : null))).toEqual([
      'Асанов Бакыт',
      'Петров Пётр',
    ]);
  });

  it('corrupted workbooks (truncated, bad zip, bad XML, missing strings) end in a translated reason and change nothing', async () => {
    const good = join(app.dir, 'good.xlsx');
    await writeOrdersXlsx(good, 50);
    const bytes = await readFile(good);
    const before = await tableCounts(app);
    const corpus: [string, Buffer | string][] = [
      ['truncated-10', bytes.subarray(0, Math.floor(bytes.length * 0.1))],
      ['truncated-50', bytes.subarray(0, Math.floor(bytes.length * 0.5))],
      ['truncated-90', bytes.subarray(0, Math.floor(bytes.length * 0.9))],
      ['bad-zip', Buffer.concat([bytes.subarray(0, 30), Buffer.alloc(2000, 0xa5), bytes.subarray(2030)])],
      ['zip-header-only', Buffer.from('PK\x03\x04garbage')],
    ];
    const paths = await Promise.all(
      corpus.map(async ([name, content]) => {
        const path = join(app.dir, `${name}.xlsx`);
        await writeFile(path, content);
        return path;
      }),
    );
    const badXml = join(app.dir, 'bad-xml.xlsx');
    await writeXlsx(badXml, '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0', sharedStringsXml(['a']));
    const notXml = join(app.dir, 'not-xml.xlsx');
    await writeXlsx(notXml, '\u0000\u0001 not xml at all <<<>>>', '<sst><si><t>');
    // The readers as the worker runs them (sniff, then the scan's full read): rows or a reason key.
    for (const path of [...paths, badXml, notXml]) {
      const outcome = await (async () => {
        const sniff = await sniffFile(path);
        for await (const item of readRecords(path, sniff)) void item;
        return 'read';
      })().catch((e: unknown) => e);
      if (outcome === 'read') continue;
      expect(outcome, path).toBeInstanceOf(ImportFileError);
      expect(importReasons).toContain((outcome as ImportFileError).reason);
    }
    // Through the app (a worker): the officer gets the reason on the file field, in her language.
    expectRefusedWithReason(await choose(badXml));
    expect(await tableCounts(app)).toEqual(before);
  });

  it('a sniff that does not finish in time is stopped: its worker is killed and the reason is translated', async () => {
    let killed = false;
    const hanging: SpawnWorker = () => ({
      send: () => undefined,
      onMessage: () => undefined,
      onExit: () => undefined,
      kill: () => void (killed = true),
    });
    const error = await sniffInWorker(
      { ...app.ctx, spawnWorker: hanging },
      join(app.dir, 'x.xlsx'),
      undefined,
      200,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'VALIDATION', message: 'import.timeLimit' });
    expect(killed).toBe(true);
  });

  it('a CSV with 300,000 distinct delivery values is refused with a clear reason and changes nothing', async () => {
    const path = join(app.dir, 'many-values.csv');
    const lines = ['Номер заказа;ФИО;Телефон;Служба доставки'];
    for (let i = 0; i < 300_000; i++) lines.push(`${i};Покупатель ${i};;Служба ${i}`);
    await writeFile(path, lines.join('\n'));
    const before = await tableCounts(app);
    const chosen = await choose(path);
    expect(chosen.ok).toBe(true);
    if (!chosen.ok || !chosen.value) return;
    const status = await scanChosen(chosen.value.token, chosen.value.candidates[0]?.mapping ?? {});
    expect(status.state).toBe('failed');
    expect(status.error).toEqual({ message: 'import.tooManyValues', reason: 'import.tooManyValues' });
    expect(await tableCounts(app)).toEqual(before);
  });

  it('mutated CSV and XLSX files (fast-check, seeded): every reader outcome is data or a reason key', async () => {
    // In process, so a hundred cases take seconds: the readers must give rows or an ImportFileError,
    // never another exception. A read that stalls is allowed here: in the app it runs in a worker
    // that the time limit kills (tested above), which the officer sees as import.timeLimit.
    const xlsx = join(app.dir, 'seed.xlsx');
    await writeOrdersXlsx(xlsx, 5);
    const seeds = [
      await readFile(xlsx),
      Buffer.from('Номер заказа;ФИО;Телефон\n1;Иванов Иван;0555 123 456\n2;"Петров\nПётр";0555 123 457\n'),
    ];
    let n = 0;
    const stalled = Symbol('stalled');
    const within = <T>(work: Promise<T>) =>
      Promise.race([work, new Promise<typeof stalled>((r) => setTimeout(() => r(stalled), 5000))]);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: seeds.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }),
        fc.option(fc.nat(), { nil: null }),
        async (which, flips, cut) => {
          const bytes = Buffer.from(seeds[which] as Buffer);
          for (const [at, value] of flips) bytes[at % bytes.length] = value;
          const mutated = cut === null ? bytes : bytes.subarray(0, Math.max(1, cut % bytes.length));
          const path = join(app.dir, `fuzz-${n++}.${which === 0 ? 'xlsx' : 'csv'}`);
          await writeFile(path, mutated);
          const outcome = await within(
            (async () => {
              const sniff = await sniffFile(path);
              for await (const item of readRecords(path, sniff)) void item;
              return 'read';
            })().catch((e: unknown) => e),
          );
          if (outcome === 'read' || outcome === stalled) return;
          expect(outcome).toBeInstanceOf(ImportFileError);
          expect(importReasons).toContain((outcome as ImportFileError).reason);
        },
      ),
      { seed: 20261207, numRuns: 40 },
    );
  });
});

const scanChosen = async (token: string, mapping: Record<string, string>) =>
  waitJob(
    app,
    (await app.ok('imports:scan', { token, organisationId: orgId, preset: 'generic', mapping })).jobId,
  );
