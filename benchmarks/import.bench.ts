/**
 * `npm run bench:import` — imports, through the app's own pipeline (chooseFile → scan → aliases →
 * worker import), a 1,000,000-order Windows-1251 Bitrix-like CSV and a 100,000-row Shopify CSV,
 * generated from a fixed seed. Prints rows/s, peak RSS, and the ratio to the sqlite3 command-line
 * tool's `.import` of the same file into one raw table, measured in the same run.
 * End to end: from the chosen file to a finished import (sniff, scan, mapping, import, every index
 * and the look-up terms). Targets: ≥ 0.07× the CLI's rows/s (aim 0.1×), worker peak RSS ≤ 300 MB.
 * Ends with one `summary <file> …` line per file. BENCH_ROWS=200000 for a quicker run; BENCH_CEILING=1
 * also measures node-sqlite3 inserting the already-parsed rows into one raw table.
 * BENCH_DISTINCT=1: only the Bitrix file, every order by another buyer (1,000,000 distinct buyers: the
 * scan's identity tables outgrow memory and move to the stage file).
 * Runs `electron-vite build` first (npm script) so the worker is the shipped bundle.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ImportJobStatus } from '../shared/domain/ledger';
import { readFileSync } from 'node:fs';
import { insertRows } from '../electron/db/batchInsert';
import { Connection } from '../electron/db/connection';
import { readRecords } from '../electron/imports/readRecords';
import { sniffFile } from '../electron/imports/sniffFile';
import { startTestApp, type TestApp } from '../tests/support/testContext';
import { builtSpawnWorker, spawnedWorkers } from '../tests/support/workers';
import { writeBitrixExport, writeShopifyExport } from './generateExports';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const SHOPIFY_ROWS = Math.max(1000, Math.round(ROWS / 10));
const DISTINCT = process.env.BENCH_DISTINCT === '1';

/** Peak resident memory of a process so far (VmHWM, bytes), from /proc; 0 when it has exited. */
const rssOf = (pid: number | undefined): number => {
  try {
    const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return Number(kb ?? 0) * 1024;
  } catch {
    return 0;
  }
};

/** Peak RSS of the main process and of the import worker process (the newest one), sampled every 50 ms. */
const sampleRss = () => {
  let main = 0;
  let worker = 0;
  const tick = () => {
    main = Math.max(main, process.memoryUsage().rss);
    worker = Math.max(worker, rssOf(spawnedWorkers[spawnedWorkers.length - 1]?.pid));
  };
  const timer = setInterval(tick, 50);
  return { stop: () => (clearInterval(timer), tick(), { main, worker }) };
};

const wait = async (app: TestApp, jobId: string): Promise<ImportJobStatus> => {
  for (;;) {
    const s = await app.ok('imports:job', { jobId });
    if (s.state !== 'running') return s;
    await new Promise((r) => setTimeout(r, 100));
  }
};

const cliImport = (file: string, skip: number, separator: string): number | null => {
  if (spawnSync('sqlite3', ['-version']).status !== 0) return null;
  const db = `${file}.ref.sqlite`;
  const started = performance.now();
  execFileSync('sqlite3', [
    db,
    '.mode csv',
    `.separator "${separator}"`,
    `.import --skip ${skip} ${file} raw`,
  ]);
  const seconds = (performance.now() - started) / 1000;
  return seconds;
};

/**
 * The ceiling any import through the app's SQLite driver (node-sqlite3) has on this machine: the file's
 * rows, already parsed and held in memory, inserted unchanged into one raw table with the app's bulk
 * INSERT (one JSON parameter per 10,000 rows), in one transaction. No normalisation, no ledger, no
 * indexes: only what the CLI's `.import` does after parsing. Returns seconds.
 */
const driverCeiling = async (file: string, dir: string): Promise<{ seconds: number; rows: number }> => {
  const table: string[][] = [];
  for await (const item of readRecords(file, await sniffFile(file))) {
    if ('values' in item) table.push(Object.values(item.values));
  }
  const width = table[0]?.length ?? 1;
  const db = await Connection.open(join(dir, `ceiling-${Date.now()}.sqlite`));
  const columns = Array.from({ length: width }, (_, i) => `c${i}`);
  await db.exec(
    `PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; CREATE TABLE raw (${columns.join(', ')});`,
  );
  const started = performance.now();
  await db.exec('BEGIN');
  await insertRows(db, 'raw', columns, table);
  await db.exec('COMMIT');
  const seconds = (performance.now() - started) / 1000;
  await db.close();
  return { seconds, rows: table.length };
};

const run = async (
  label: string,
  file: string,
  skipForCli: number,
  separator: string,
  app: TestApp,
  orgId: number,
  recipients: Record<string, number | null>,
) => {
  const size = (await stat(file)).size;
  const rss = sampleRss();
  const endToEndStarted = performance.now();
  app.dialogs.nextOpen.push(file);
  const chosen = await app.ok('imports:chooseFile', { organisationId: orgId });
  const best = chosen?.candidates[0];
  if (!chosen || !best) throw new Error('file not recognised');
  const setup = { token: chosen.token, organisationId: orgId, preset: best.presetId, mapping: best.mapping };
  const scanStarted = performance.now();
  const scan = await wait(app, (await app.ok('imports:scan', setup)).jobId);
  const scanSeconds = (performance.now() - scanStarted) / 1000;
  for (const v of scan.values) {
    await app.ok('imports:setAlias', {
      organisationId: orgId,
      field: v.field,
      value: v.value,
      recipientId: recipients[v.value] ?? null,
    });
  }
  const started = performance.now();
  const done = await wait(app, (await app.ok('imports:start', { ...setup, profileName: '' })).jobId);
  const seconds = (performance.now() - started) / 1000;
  const endToEndSeconds = (performance.now() - endToEndStarted) / 1000;
  const peak = rss.stop();
  if (done.state !== 'done') throw new Error(`import ${done.state}: ${JSON.stringify(done.error)}`);
  const cliSeconds = cliImport(file, skipForCli, separator);
  const rows = done.counts.rowsRead;
  const endToEnd = rows / endToEndSeconds;
  const mb = (n: number) => Math.round(n / 1048576);
  console.log(
    `\n${label}: ${(size / 1e6).toFixed(0)} MB, preset ${best.presetId}, encoding ${chosen.encoding}`,
  );
  console.log(`  scan (the one read: parse, normalise, identity, stage): ${scanSeconds.toFixed(1)} s`);
  console.log(`  import (ledger built set-based from the stage, every index): ${seconds.toFixed(1)} s`);
  console.log(
    `  orders ${done.counts.imported}, subjects ${done.counts.subjectsCreated}, transfers ${done.counts.transfersCreated}, rejected ${done.counts.rejected}, duplicates ${done.counts.duplicates}`,
  );
  console.log(
    `  peak RSS: workers ${mb(peak.worker)} MB (target ≤ 300 MB); benchmark process ${mb(peak.main)} MB`,
  );
  if (cliSeconds === null) throw new Error('the sqlite3 command-line tool is needed for the reference');
  const cli = rows / cliSeconds;
  console.log(`  sqlite3 CLI .import into one raw table: ${cliSeconds.toFixed(1)} s`);
  if (process.env.BENCH_CEILING === '1') {
    const ceiling = await driverCeiling(file, dirname(file));
    console.log(
      `  driver ceiling (node-sqlite3, parsed rows into one raw table): ${(ceiling.rows / ceiling.seconds / cli).toFixed(2)}× the CLI`,
    );
  }
  return `summary ${basename(file)} end_to_end_rows_per_s=${Math.round(endToEnd)} cli_rows_per_s=${Math.round(cli)} ratio=${(endToEnd / cli).toFixed(3)} peak_rss_mb=${mb(peak.worker)}`;
};

const main = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'cd-bench-import-'));
  try {
    const bitrix = join(dir, 'bitrix-orders.csv');
    const shopify = join(dir, 'shopify-orders.csv');
    let t = performance.now();
    await writeBitrixExport(bitrix, ROWS, undefined, DISTINCT);
    if (!DISTINCT) await writeShopifyExport(shopify, SHOPIFY_ROWS);
    console.log(
      `Generated ${ROWS} Bitrix orders and ${SHOPIFY_ROWS} Shopify rows in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
    // The worker bundle the app ships (out/main/importWorker.js), not the TypeScript source.
    const app = await startTestApp({ dir: join(dir, 'data'), spawnWorker: builtSpawnWorker });
    const org = await app.ok('organisations:create', {
      name: 'Бенчмарк',
      registrationNumber: '02311201910245',
      jurisdiction: 'KG',
    });
    const recipient = async (legalName: string, type: 'courier' | 'postal' | 'bank') =>
      (
        await app.ok('recipients:create', {
          organisationId: org.id,
          type,
          legalName,
          country: 'KG',
          role: 'processor',
          legalBasis: 'contract',
          purposes: 'Исполнение заказа',
          dataCategories: ['fullName', 'phone', 'deliveryAddress'],
        })
      ).id;
    const cdek = await recipient('СДЭК', 'courier');
    const post = await recipient('Кыргыз почтасы', 'postal');
    const bank = await recipient('Оптима Банк', 'bank');
    const map = {
      СДЭК: cdek,
      'Кыргыз почтасы': post,
      'Курьер Бишкек': cdek,
      'Экспресс Доставка': cdek,
      'Банковская карта': bank,
      'Optima Bank': bank,
      MBank: bank,
      Элсом: bank,
    };
    t = performance.now();
    const summaries = [
      await run('Bitrix, Windows-1251, ;', bitrix, 2, ';', app, org.id, map),
      ...(DISTINCT ? [] : [await run('Shopify, UTF-8, ,', shopify, 0, ',', app, org.id, map)]),
    ];
    console.log(
      `\nTotal ${((performance.now() - t) / 1000).toFixed(0)} s (target: ratio ≥ 0.07, aim 0.1; peak RSS ≤ 300 MB)\n`,
    );
    for (const line of summaries) console.log(line);
    await app.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

void main();
