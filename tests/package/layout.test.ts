import { access, constants, readFile, stat } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { getCurrentFuseWire } from '@electron/fuses';
import { NtExecutable, NtExecutableResource, Resource } from 'resedit';
import { describe, expect, inject, it } from 'vitest';
import {
  BUILT_APP,
  RESOURCE_FOLDERS,
  WINDOW_ICON,
  builtWorker,
  workerNames,
} from '../../electron/runtimeAssets';
import config from '../../electron-builder.config';
import { PROJECT_DIR } from '../../scripts/packaging/buildLayouts';
import { ICO_SIZES } from '../../scripts/packaging/icons';
import { checkNativeBinaries, foreignBinaries } from '../../scripts/packaging/nativeBinaries';
import { Arch, type AfterPackContext } from 'electron-builder';
import { filesUnder, packagedApp, pageReferences, requiredPackages, styleReferences } from './packagedApp';

const layouts = inject('layouts');
const SQLITE_BINARY = 'node_modules/sqlite3/build/Release/node_sqlite3.node';

describe.each([layouts.linux, layouts.win32])('the packaged $platform app', (layout) => {
  const app = packagedApp(layout);

  it('holds the whole built app in app.asar: main, preload, every worker, the renderer', async () => {
    const manifest = JSON.parse(app.read('package.json').toString()) as { main: string };
    expect(manifest.main).toBe(BUILT_APP.main);
    for (const path of [
      BUILT_APP.main,
      BUILT_APP.preload,
      posix.join(BUILT_APP.rendererDir, BUILT_APP.rendererPage),
    ])
      expect(app.has(path), path).toBe(true);
    for (const name of workerNames) expect(app.has(builtWorker(name)), name).toBe(true);
    // Every file electron-vite built (chunks, assets) is packed unchanged; source maps are left out.
    const built = (await filesUnder(join(PROJECT_DIR, 'out'))).filter((f) => !f.endsWith('.map'));
    expect(built.length).toBeGreaterThan(5);
    for (const file of built) {
      const packed = `out/${file}`;
      expect(app.has(packed), packed).toBe(true);
      expect(app.read(packed).equals(await readFile(join(PROJECT_DIR, 'out', file))), packed).toBe(true);
    }
  });

  it('resolves every script, style and font the renderer page loads', () => {
    const page = posix.join(BUILT_APP.rendererDir, BUILT_APP.rendererPage);
    const refs = pageReferences(app.read(page).toString());
    expect(refs.some((r) => r.endsWith('.js'))).toBe(true);
    for (const ref of refs) {
      const file = posix.normalize(posix.join(BUILT_APP.rendererDir, ref));
      expect(app.has(file), ref).toBe(true);
      if (!file.endsWith('.css')) continue;
      for (const url of styleReferences(app.read(file).toString()))
        expect(app.has(posix.normalize(posix.join(posix.dirname(file), url))), url).toBe(true);
    }
  });

  it('packs every package the main process and the workers require', () => {
    const bundles = [...app.files].filter((f) => f.startsWith(`${BUILT_APP.mainDir}/`) && f.endsWith('.js'));
    const required = new Set(bundles.flatMap((b) => requiredPackages(app.read(b).toString())));
    expect(required).toContain('sqlite3');
    for (const name of required) expect(app.has(`node_modules/${name}/package.json`), name).toBe(true);
  });

  it('ships every resource folder the code reads, next to app.asar, file for file', async () => {
    for (const folder of RESOURCE_FOLDERS) {
      const source = await filesUnder(join(PROJECT_DIR, 'resources', folder));
      const shipped = await filesUnder(join(layout.resourcesDir, 'resources', folder));
      expect(shipped, folder).toEqual(source);
      expect(source.length, folder).toBeGreaterThan(0);
    }
    const icon = join(layout.resourcesDir, 'resources', WINDOW_ICON.folder, ...WINDOW_ICON.path);
    await access(icon);
  });

  it('unpacks the sqlite3 native module out of app.asar', async () => {
    expect(app.isUnpacked(SQLITE_BINARY)).toBe(true);
    const unpacked = join(layout.resourcesDir, 'app.asar.unpacked', SQLITE_BINARY);
    expect((await stat(unpacked)).size).toBeGreaterThan(100_000);
    // Build intermediates stay out of the installer.
    expect([...app.files].filter((f) => f.startsWith('node_modules/sqlite3/deps/'))).toEqual([]);
  });

  it('flips the Electron fuses: no Node mode, asar only and integrity-checked, no file:// privileges', async () => {
    const wire = await getCurrentFuseWire(layout.executable);
    const on = (i: number) => wire[i as 0] === 49;
    const fuses = config.electronFuses ?? {};
    expect({
      runAsNode: on(0),
      enableCookieEncryption: on(1),
      enableNodeOptionsEnvironmentVariable: on(2),
      enableNodeCliInspectArguments: on(3),
      enableEmbeddedAsarIntegrityValidation: on(4),
      onlyLoadAppFromAsar: on(5),
      loadBrowserProcessSpecificV8Snapshot: on(6),
      grantFileProtocolExtraPrivileges: on(7),
    }).toEqual(fuses);
    expect(fuses.grantFileProtocolExtraPrivileges).toBe(false);
  });
});

describe('the platform executables', () => {
  it('Linux: compliance-desk, executable', async () => {
    expect(layouts.linux.executable.endsWith('/compliance-desk')).toBe(true);
    await access(layouts.linux.executable, constants.X_OK);
  });

  it('Windows: the product name and version, the app icon, and the ASAR integrity hash', async () => {
    const exe = NtExecutable.from(await readFile(layouts.win32.executable));
    const resources = NtExecutableResource.from(exe);
    const [version] = Resource.VersionInfo.fromEntries(resources.entries);
    expect(version?.getStringValues({ lang: 1033, codepage: 1200 })).toMatchObject({
      ProductName: 'Compliance Desk',
      FileDescription: 'Compliance Desk',
    });
    const [icons] = Resource.IconGroupEntry.fromEntries(resources.entries);
    expect(icons?.icons.map((i) => i.width || 256)).toEqual([...ICO_SIZES]);
    const integrity = resources.entries.find((e) => e.type === 'INTEGRITY' && e.id === 'ELECTRONASAR');
    const list = JSON.parse(Buffer.from(integrity?.bin ?? new ArrayBuffer(0)).toString()) as {
      file: string;
      value: string;
    }[];
    expect(list).toEqual([
      expect.objectContaining({
        file: 'resources\\app.asar',
        value: packagedApp(layouts.win32).headerHash(),
      }),
    ]);
  });

  it('Windows built on Linux carries a Linux sqlite3 binary, which the afterPack check refuses', async () => {
    // So a Windows installer is built on Windows (see README, Packaging); the Linux one passed the check.
    expect(foreignBinaries(layouts.win32.nativeBinaries, 'win32', 'x64').map((b) => b.file)).toEqual([
      `resources/app.asar.unpacked/${SQLITE_BINARY}`,
    ]);
    expect(foreignBinaries(layouts.linux.nativeBinaries, 'linux', 'x64')).toEqual([]);
    const context = (appOutDir: string, electronPlatformName: string) =>
      ({ appOutDir, electronPlatformName, arch: Arch.x64 }) as AfterPackContext;
    await expect(checkNativeBinaries(context(layouts.win32.appDir, 'win32'))).rejects.toThrow(
      /node_sqlite3\.node \(elf x64\).*Build this installer on its own platform/,
    );
    await expect(checkNativeBinaries(context(layouts.linux.appDir, 'linux'))).resolves.toBeUndefined();
  });
});
