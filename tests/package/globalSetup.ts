import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { BUILT_APP } from '../../electron/runtimeAssets';
import { PROJECT_DIR, buildLayouts, type BuiltLayout } from '../../scripts/packaging/buildLayouts';

declare module 'vitest' {
  export interface ProvidedContext {
    layouts: { linux: BuiltLayout; win32: BuiltLayout };
  }
}

/** Builds the packaged layouts once for every test of the packaging check (`npm run package:check`). */
export default async function setup(project: TestProject): Promise<void> {
  try {
    await access(join(PROJECT_DIR, BUILT_APP.main));
  } catch {
    throw new Error('No built app in out/: run `electron-vite build` first (npm run package:check does).');
  }
  project.provide('layouts', await buildLayouts());
}
