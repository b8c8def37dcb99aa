import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { join, relative, sep } from 'node:path';
import { extractFile, getRawHeader, listPackage, statFile } from '@electron/asar';
import type { BuiltLayout } from '../../scripts/packaging/buildLayouts';

/** Read-only view of a built layout's app.asar (paths without the leading slash, `/`-separated). */
export const packagedApp = (layout: BuiltLayout) => {
  const files = new Set(
    listPackage(layout.asar, { isPack: false }).map((p) => p.replace(/\\/g, '/').replace(/^\//, '')),
  );
  return {
    files,
    has: (path: string) => files.has(path),
    read: (path: string) => extractFile(layout.asar, path),
    isUnpacked: (path: string) => (statFile(layout.asar, path) as { unpacked?: boolean }).unpacked === true,
    /** SHA-256 of the asar header: what Electron's ASAR integrity check compares. */
    headerHash: () => createHash('sha256').update(getRawHeader(layout.asar).headerString).digest('hex'),
  };
};

/** Every file under `dir`, relative and `/`-separated. */
export const filesUnder = async (dir: string): Promise<string[]> => {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
};

/** Bare module names a built bundle requires at run time (no node: builtins, no electron). */
export const requiredPackages = (bundle: string): string[] => {
  const names = new Set<string>();
  for (const [, request] of bundle.matchAll(/require\(["']([^"'./][^"']*)["']\)/g)) {
    if (!request || request.startsWith('node:') || builtinModules.includes(request)) continue;
    const parts = request.split('/');
    const name = request.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? request);
    if (name !== 'electron') names.add(name);
  }
  return [...names].sort();
};

/** Local src/href references of an HTML page (scripts, styles, icons). */
export const pageReferences = (html: string): string[] =>
  [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)]
    .map(([, ref]) => ref ?? '')
    .filter((ref) => ref !== '' && !/^[a-z]+:/i.test(ref) && !ref.startsWith('#'));

/** url(...) references of a stylesheet, without data: URLs. */
export const styleReferences = (css: string): string[] =>
  [...css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)]
    .map(([, ref]) => ref ?? '')
    .filter((ref) => !ref.startsWith('data:'));

export const readText = (path: string) => readFile(path, 'utf8');
