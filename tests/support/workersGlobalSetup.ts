import { buildWorkers } from './bundledWorkers';

/** vitest global setup: the workers are bundled once for the whole run (see bundledWorkers.ts). */
export default function setup(): void {
  process.env.CD_TEST_WORKERS_DIR = buildWorkers();
}
