import { join, relative } from 'node:path';

/**
 * Everything the app loads from disk at run time, in one place. The main process locates its
 * resources, preload, renderer and workers through these functions; electron.vite.config.ts builds
 * the worker entries from WORKER_ENTRIES; electron-builder.config.ts ships RESOURCE_FOLDERS; and
 * the packaging check (tests/package/) asserts that a built app holds every item listed here. A
 * folder or worker missing from this list cannot be reached by the code, so it cannot be forgotten
 * by the installer either.
 */

/** Folders of `resources/` read at run time (shipped outside app.asar, under `resources/resources`). */
export const RESOURCE_FOLDERS = ['fonts', 'rules', 'calendars', 'icons', 'demo-policies'] as const;
export type ResourceFolder = (typeof RESOURCE_FOLDERS)[number];

/** Worker processes: entry name → TypeScript source. Each is built to `out/main/<name>.js`. */
export const WORKER_ENTRIES = {
  importWorker: 'electron/workers/importWorker.ts',
  mailMergeWorker: 'electron/workers/mailMergeWorker.ts',
  /** Reads an untrusted policy file (DOCX, PDF, HTML, text) with a capped heap and a deadline. */
  policyWorker: 'electron/workers/policyWorker.ts',
} as const;
export type WorkerName = keyof typeof WORKER_ENTRIES;
export const workerNames = Object.keys(WORKER_ENTRIES) as WorkerName[];

/** The built app, relative to the app folder (the project root, or app.asar when packaged). */
export const BUILT_APP = {
  main: 'out/main/main.js',
  mainDir: 'out/main',
  preload: 'out/preload/preload.js',
  rendererDir: 'out/renderer',
  rendererPage: 'index.html',
} as const;

/** The window and taskbar icon (Linux, Windows); installers take theirs from electron-builder.config.ts. */
export const WINDOW_ICON = { folder: 'icons', path: ['png', '512x512.png'] } as const satisfies {
  folder: ResourceFolder;
  path: readonly string[];
};

/** A file or folder inside a shipped resource folder. */
export const resourcePath = (resourcesDir: string, folder: ResourceFolder, ...rest: string[]): string =>
  join(resourcesDir, folder, ...rest);

/**
 * The resources folder: next to app.asar when packaged (electron-builder's extraResources), the
 * project's `resources/` otherwise.
 */
export const resourcesDirOf = (app: { isPackaged: boolean; appPath: string; resourcesPath: string }) =>
  app.isPackaged ? join(app.resourcesPath, 'resources') : join(app.appPath, 'resources');

/** A worker's bundle, relative to the app folder. */
export const builtWorker = (name: WorkerName): string => `${BUILT_APP.mainDir}/${name}.js`;

/** Paths of the built pieces, from the folder of the running main bundle (`__dirname` of main.js). */
export const builtPaths = (mainDir: string) => {
  const fromMain = (path: string) => join(mainDir, relative(BUILT_APP.mainDir, path));
  return {
    preload: fromMain(BUILT_APP.preload),
    rendererDir: fromMain(BUILT_APP.rendererDir),
    worker: (name: WorkerName) => fromMain(builtWorker(name)),
  };
};
