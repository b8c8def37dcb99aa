import { describe, inject } from 'vitest';
import type { Engine } from '../../electron/db/store/types';

export const ENGINES: readonly Engine[] = ['sqlite', 'postgres'];

/**
 * The same integration tests on both engines: `describeEngines('x', (engine) => { … })` declares the
 * suite once per engine. The PostgreSQL suite is skipped only when the global setup could not start
 * a server (it then prints a loud warning, and in CI it fails instead).
 */
export const describeEngines = (name: string, suite: (engine: Engine) => void): void => {
  for (const engine of ENGINES) {
    describe.skipIf(engine === 'postgres' && inject('postgres') === null)(`${name} [${engine}]`, () =>
      suite(engine),
    );
  }
};
