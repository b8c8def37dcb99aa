// A stand-in Electron distribution for electron-builder's `electronDist`, so the packaged layout can be
// built where the Electron runtime cannot be downloaded. It holds what electron-builder works on: the
// executable named as the platform expects (Linux `electron`, Windows `electron.exe` — a real PE file
// with a version resource, which electron-builder edits with resedit), a `resources/` folder, and
// Electron 45's fuse wire, which electron-builder flips (@electron/fuses) like in the real binary.
// The executable does nothing: the packaging check runs the main process under Node instead.
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NtExecutable, NtExecutableResource, Resource } from 'resedit';

/** @electron/fuses' sentinel, then wire version 1 and length 9 (Electron 45: 9 fuses). */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron 45's defaults (build/fuses/fuses.json5), in wire order; the last is wasmTrapHandlers. */
export const ELECTRON_45_FUSE_DEFAULTS = '101100011';
export const fuseWire = (): Buffer =>
  Buffer.concat([
    Buffer.from(FUSE_SENTINEL, 'latin1'),
    Buffer.from([1, ELECTRON_45_FUSE_DEFAULTS.length]),
    Buffer.from(ELECTRON_45_FUSE_DEFAULTS, 'latin1'),
  ]);

const RT_RCDATA = 10;
const LANG_EN_US = { lang: 1033, codepage: 1200 };

/** A 64-bit PE executable with Electron's version resource and the fuse wire as data. */
const windowsExecutable = (version: string): Buffer => {
  const exe = NtExecutable.createEmpty(false, false);
  const resources = NtExecutableResource.from(exe);
  const info = Resource.VersionInfo.createEmpty();
  info.lang = LANG_EN_US.lang;
  info.setStringValues(LANG_EN_US, {
    ProductName: 'Electron',
    FileDescription: 'Electron stand-in for the packaging check',
    CompanyName: 'GitHub, Inc.',
    OriginalFilename: 'electron.exe',
  });
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
  info.setFileVersion(major, minor, patch, 0, LANG_EN_US.lang);
  info.setProductVersion(major, minor, patch, 0, LANG_EN_US.lang);
  info.outputToResourceEntries(resources.entries);
  const wire = fuseWire();
  resources.entries.push({
    type: RT_RCDATA,
    id: 'ELECTRON_FUSES',
    ...LANG_EN_US,
    bin: new Uint8Array(wire).buffer,
  });
  resources.outputResource(exe);
  return Buffer.from(exe.generate());
};

/** A shell script that refuses to run, followed by the fuse wire. */
const linuxExecutable = (): Buffer =>
  Buffer.concat([
    Buffer.from('#!/bin/sh\necho "Electron stand-in of the packaging check: not runnable" >&2\nexit 1\n'),
    fuseWire(),
  ]);

export type StandInPlatform = 'linux' | 'win32';

/** Writes the stand-in distribution for `platform` into `dir` (emptied first). */
export const writeStandInElectron = async (
  dir: string,
  platform: StandInPlatform,
  version: string,
): Promise<string> => {
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'resources'), { recursive: true });
  await writeFile(join(dir, 'version'), version);
  await writeFile(join(dir, 'LICENSE'), 'Electron stand-in: no Electron code is included.\n');
  if (platform === 'linux') {
    await writeFile(join(dir, 'electron'), linuxExecutable());
    await chmod(join(dir, 'electron'), 0o755);
  } else {
    await writeFile(join(dir, 'electron.exe'), windowsExecutable(version));
  }
  return dir;
};
