import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import viteConfig from '../../../electron.vite.config';
import builderConfig from '../../../electron-builder.config';
import { RESOURCE_FOLDERS, WORKER_ENTRIES, workerNames } from '../../../electron/runtimeAssets';

const root = resolve(__dirname, '../../..');

const sourceFiles = async (dir: string): Promise<string[]> =>
  (await readdir(join(root, dir), { withFileTypes: true, recursive: true }))
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'));

/**
 * The list of runtime assets (electron/runtimeAssets.ts) is the one fact the packaging follows, so
 * these checks make sure nothing the app loads can sit outside it.
 */
describe('the runtime assets list', () => {
  it('names every folder of resources/', async () => {
    const folders = (await readdir(join(root, 'resources'), { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(folders, 'add the new folder to RESOURCE_FOLDERS in electron/runtimeAssets.ts').toEqual(
      [...RESOURCE_FOLDERS].sort(),
    );
  });

  it('is the only way the main process reaches into the resources folder', async () => {
    const offenders: string[] = [];
    for (const file of await sourceFiles('electron')) {
      if (file === 'electron/runtimeAssets.ts') continue;
      const text = await readFile(join(root, file), 'utf8');
      if (/\b(?:join|resolve)\([^)]*resourcesDir/.test(text)) offenders.push(file);
    }
    expect(offenders, 'use resourcePath(resourcesDir, folder, …) from electron/runtimeAssets.ts').toEqual([]);
  });

  it('names every worker entry in electron/workers/, and electron-vite builds each one', async () => {
    const workers = (await sourceFiles('electron/workers')).filter((f) => /Worker\.ts$/.test(f)).sort();
    expect(workers, 'add the worker to WORKER_ENTRIES in electron/runtimeAssets.ts').toEqual(
      Object.values(WORKER_ENTRIES).sort(),
    );
    const input = (viteConfig as { main?: { build?: { rollupOptions?: { input?: object } } } }).main?.build
      ?.rollupOptions?.input;
    expect(Object.keys(input ?? {}).sort()).toEqual(['main', ...workerNames].sort());
  });

  it('is what electron-builder ships next to app.asar', () => {
    expect(builderConfig.extraResources).toEqual([
      { from: 'resources', to: 'resources', filter: RESOURCE_FOLDERS.map((folder) => `${folder}/**`) },
    ]);
  });
});
