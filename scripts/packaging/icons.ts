// The app icon, drawn once as resources/icons/icon.svg and rendered to every format the platforms
// take: a PNG set (Linux desktop entries, the window icon), icon.ico (Windows executable, installer,
// taskbar) and icon.icns (macOS). `npx tsx scripts/packaging/icons.ts` rewrites the files; a unit
// test renders them again and compares, so the committed files always come from the SVG.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Icns, IcnsImage, type OSType } from '@fiahfy/icns';
import { Resvg } from '@resvg/resvg-js';

export const ICONS_DIR = resolve(__dirname, '../../resources/icons');
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
/** Windows shows 16–48 in lists and the taskbar and 256 in large views. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;
/** ICNS slots (PNG-encoded types; the @2x slots reuse the double-size render). */
export const ICNS_SLOTS: [OSType, number][] = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

export const pngFile = (size: number) => join('png', `${size}x${size}.png`);

const render = (svg: Buffer, size: number): Buffer =>
  Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());

/** Every icon file, by path relative to resources/icons. */
export const renderIcons = async (svg: Buffer): Promise<Map<string, Buffer>> => {
  const pngs = new Map<number, Buffer>(PNG_SIZES.map((size) => [size, render(svg, size)]));
  const png = (size: number) => {
    const bytes = pngs.get(size);
    if (!bytes) throw new Error(`no ${size}px render`);
    return bytes;
  };
  const { default: pngToIco } = await import('png-to-ico');
  const icns = new Icns();
  for (const [type, size] of ICNS_SLOTS) icns.append(IcnsImage.fromPNG(png(size), type));
  return new Map<string, Buffer>([
    ...PNG_SIZES.map((size): [string, Buffer] => [pngFile(size), png(size)]),
    ['icon.ico', await pngToIco(ICO_SIZES.map(png))],
    ['icon.icns', icns.data],
  ]);
};

const main = async () => {
  const files = await renderIcons(await readFile(join(ICONS_DIR, 'icon.svg')));
  for (const [name, bytes] of files) {
    await mkdir(dirname(join(ICONS_DIR, name)), { recursive: true });
    await writeFile(join(ICONS_DIR, name), bytes);
  }
  console.log(`${files.size} icon files written to ${ICONS_DIR}`);
};

if (process.argv[1] && resolve(process.argv[1]) === resolve(__filename)) void main();
