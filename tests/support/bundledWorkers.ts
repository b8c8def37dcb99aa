import { buildSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { WORKER_ENTRIES, type WorkerName } from '../../electron/runtimeAssets';

const root = resolve(__dirname, '../..');
/** Inside node_modules, so the bundles' `require` of packages (sqlite3, exceljs…) resolves as in the app. */
const cacheDir = join(root, 'node_modules', '.cache', 'compliance-desk-test-workers');

/** A fingerprint of every source a worker can import (electron/, shared/): a change rebuilds. */
let fingerprint: string | undefined;
const sourcesFingerprint = (): string => (fingerprint ??= computeFingerprint());
const computeFingerprint = (): string => {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|json)$/.test(entry.name)) hash.update(`${path}\0${statSync(path).mtimeMs}\0`);
    }
  };
  walk(join(root, 'electron'));
  walk(join(root, 'shared'));
  hash.update(readFileSync(join(root, 'package-lock.json')));
  return hash.digest('hex').slice(0, 16);
};

/**
 * The worker entries bundled once with esbuild (packages left to node_modules), so a test starts a
 * worker in a fraction of a second instead of compiling TypeScript through tsx in every child (~8 s
 * under load). Built by vitest's global setup; built here on first use when a caller has no setup
 * (the end-to-end harness, a benchmark). Returns the bundle's path.
 */
export const bundledWorker = (name: WorkerName): string => {
  const dir = process.env.CD_TEST_WORKERS_DIR ?? join(cacheDir, sourcesFingerprint());
  if (!existsSync(dir)) buildWorkers(dir);
  return join(dir, `${name}.cjs`);
};

/**
 * Builds every worker entry into `dir`: into a folder of its own first, then renamed into place, so a
 * process starting a worker never reads a half-written bundle of another one building at the same time.
 */
export const buildWorkers = (dir = join(cacheDir, sourcesFingerprint())): string => {
  if (existsSync(dir)) return dir;
  const building = `${dir}.${process.pid}.tmp`;
  for (const [name, entry] of Object.entries(WORKER_ENTRIES)) {
    buildSync({
      entryPoints: [join(root, entry)],
      outfile: join(building, `${name}.cjs`),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      packages: 'external',
      sourcemap: 'inline',
      logLevel: 'error',
    });
  }
  try {
    renameSync(building, dir);
  } catch {
    rmSync(building, { recursive: true, force: true }); // another process got there first
  }
  return dir;
};
