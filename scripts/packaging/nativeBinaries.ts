// Native modules (sqlite3's node_sqlite3.node) are copied into the package as they are installed
// (npmRebuild: false): an installer built on Linux for Windows would carry a Linux binary and fail on
// the officer's machine at the first database call. This check refuses such a package.
import { open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { AfterPackContext } from 'electron-builder';

export type BinaryFormat = 'elf' | 'pe' | 'mach-o' | 'unknown';
export type BinaryArch = 'x64' | 'arm64' | 'other';

export interface NativeBinary {
  /** Path relative to the packaged app folder. */
  file: string;
  format: BinaryFormat;
  arch: BinaryArch;
}

const FORMAT_OF_PLATFORM: Record<string, BinaryFormat> = {
  linux: 'elf',
  win32: 'pe',
  darwin: 'mach-o',
  mas: 'mach-o',
};

const readHead = async (path: string): Promise<Buffer> => {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
};

/** The executable format and CPU of a binary, from its header. */
export const identifyBinary = (head: Buffer): { format: BinaryFormat; arch: BinaryArch } => {
  if (head.length >= 20 && head.readUInt32BE(0) === 0x7f454c46) {
    const machine = head.readUInt16LE(18);
    return { format: 'elf', arch: machine === 0x3e ? 'x64' : machine === 0xb7 ? 'arm64' : 'other' };
  }
  if (head.length >= 64 && head.toString('latin1', 0, 2) === 'MZ') {
    const pe = head.readUInt32LE(0x3c);
    if (pe + 6 <= head.length && head.toString('latin1', pe, pe + 4) === 'PE\0\0') {
      const machine = head.readUInt16LE(pe + 4);
      return { format: 'pe', arch: machine === 0x8664 ? 'x64' : machine === 0xaa64 ? 'arm64' : 'other' };
    }
  }
  // A universal (fat) binary holds several CPUs.
  if (head.length >= 8 && head.readUInt32BE(0) === 0xcafebabe) return { format: 'mach-o', arch: 'other' };
  if (head.length >= 8 && head.readUInt32LE(0) === 0xfeedfacf) {
    const cpu = head.readUInt32LE(4);
    return { format: 'mach-o', arch: cpu === 0x01000007 ? 'x64' : cpu === 0x0100000c ? 'arm64' : 'other' };
  }
  return { format: 'unknown', arch: 'other' };
};

const nodeFiles = async (dir: string, base = dir): Promise<string[]> => {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const found: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await nodeFiles(path, base)));
    else if (entry.name.endsWith('.node')) found.push(path.slice(base.length + 1));
  }
  return found;
};

/** Every native module in a packaged app folder (they all live in app.asar.unpacked). */
export const nativeBinariesIn = async (appOutDir: string): Promise<NativeBinary[]> => {
  const binaries: NativeBinary[] = [];
  for (const file of await nodeFiles(appOutDir)) {
    binaries.push({ file, ...identifyBinary(await readHead(join(appOutDir, file))) });
  }
  return binaries;
};

/** The binaries that cannot load on `platform`/`arch` (the names electron-builder uses). */
export const foreignBinaries = (binaries: NativeBinary[], platform: string, arch: string): NativeBinary[] =>
  binaries.filter(
    (b) => b.format !== FORMAT_OF_PLATFORM[platform] || (b.arch !== 'other' && b.arch !== arch),
  );

/** electron-builder afterPack hook: refuse a package whose native modules are for another platform. */
export const checkNativeBinaries = async (context: AfterPackContext): Promise<void> => {
  const { Arch } = await import('electron-builder');
  const arch = Arch[context.arch];
  const binaries = await nativeBinariesIn(context.appOutDir);
  if (!binaries.some((b) => b.file.endsWith('node_sqlite3.node'))) {
    throw new Error(`The package has no sqlite3 native module (${context.appOutDir})`);
  }
  const foreign = foreignBinaries(binaries, context.electronPlatformName, arch);
  if (foreign.length > 0) {
    throw new Error(
      `Native modules built for another platform than ${context.electronPlatformName}-${arch}: ` +
        foreign.map((b) => `${b.file} (${b.format} ${b.arch})`).join(', ') +
        '. Build this installer on its own platform, where npm installs the matching sqlite3 binary.',
    );
  }
};
