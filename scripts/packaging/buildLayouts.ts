// Builds the unpacked packaged layouts (electron-builder `--dir`) for Linux and Windows x64 with the
// project's own electron-builder.config.ts and a stand-in Electron (no download), into
// dist/package-check/. Used by the packaging check (tests/package/) and runnable alone:
// `npx tsx scripts/packaging/buildLayouts.ts`.
import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Arch, Platform, build, type AfterPackContext, type Configuration } from 'electron-builder';
import config from '../../electron-builder.config';
import { nativeBinariesIn, type NativeBinary } from './nativeBinaries';
import { writeStandInElectron, type StandInPlatform } from './standInElectron';

export const PROJECT_DIR = resolve(__dirname, '../..');
export const CHECK_DIR = join(PROJECT_DIR, 'dist', 'package-check');

export interface BuiltLayout {
  platform: StandInPlatform;
  /** The unpacked app folder (what the installer copies to the officer's machine). */
  appDir: string;
  executable: string;
  resourcesDir: string;
  asar: string;
  /** Native modules found after packing (the Windows layout is built on Linux, see below). */
  nativeBinaries: NativeBinary[];
}

const electronVersion = async (): Promise<string> =>
  (
    JSON.parse(await readFile(join(PROJECT_DIR, 'node_modules/electron/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

const buildOne = async (platform: StandInPlatform, version: string): Promise<BuiltLayout> => {
  const output = join(CHECK_DIR, platform);
  const electronDist = await writeStandInElectron(join(CHECK_DIR, `electron-${platform}`), platform, version);
  let nativeBinaries: NativeBinary[] = [];
  // electron-builder normalises (mutates) the configuration it is given: each build gets a copy.
  const copy = JSON.parse(JSON.stringify(config)) as Configuration;
  const checkConfig: Configuration = {
    ...copy,
    electronDist,
    directories: { ...copy.directories, output },
    // Linux: the project's own hook refuses foreign native modules. Windows: this machine's sqlite3
    // binary is a Linux one, so the hook would (rightly) refuse; record what it would see instead.
    afterPack:
      platform === 'linux'
        ? config.afterPack
        : async (context: AfterPackContext) => {
            nativeBinaries = await nativeBinariesIn(context.appOutDir);
          },
  };
  const target = platform === 'linux' ? Platform.LINUX : Platform.WINDOWS;
  await build({
    projectDir: PROJECT_DIR,
    targets: target.createTarget('dir', Arch.x64),
    config: checkConfig,
    publish: 'never',
  });
  const appDir = join(output, platform === 'linux' ? 'linux-unpacked' : 'win-unpacked');
  if (platform === 'linux') nativeBinaries = await nativeBinariesIn(appDir);
  return {
    platform,
    appDir,
    executable: join(appDir, platform === 'linux' ? 'compliance-desk' : 'Compliance Desk.exe'),
    resourcesDir: join(appDir, 'resources'),
    asar: join(appDir, 'resources', 'app.asar'),
    nativeBinaries,
  };
};

/** Builds both layouts from the current `out/` (run `electron-vite build` first). */
export const buildLayouts = async (): Promise<Record<StandInPlatform, BuiltLayout>> => {
  await rm(CHECK_DIR, { recursive: true, force: true });
  const version = await electronVersion();
  const linux = await buildOne('linux', version);
  const win32 = await buildOne('win32', version);
  return { linux, win32 };
};

if (process.argv[1] && resolve(process.argv[1]) === resolve(__filename)) {
  buildLayouts().then(
    (layouts) => console.log(JSON.stringify(layouts, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
