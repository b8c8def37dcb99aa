import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Icns } from '@fiahfy/icns';
import { describe, expect, it } from 'vitest';
import {
  ICNS_SLOTS,
  ICONS_DIR,
  ICO_SIZES,
  PNG_SIZES,
  pngFile,
  renderIcons,
} from '../../../scripts/packaging/icons';

/** Width and height of each image in an ICO directory (0 means 256). */
const icoSizes = (ico: Buffer) =>
  Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
    const width = ico.readUInt8(6 + 16 * i);
    const height = ico.readUInt8(7 + 16 * i);
    return [width || 256, height || 256];
  });

const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

describe('the app icon', () => {
  it('is rendered from resources/icons/icon.svg: the committed files are exactly what the SVG gives', async () => {
    const files = await renderIcons(await readFile(join(ICONS_DIR, 'icon.svg')));
    expect([...files.keys()].sort()).toEqual(
      ['icon.ico', 'icon.icns', ...PNG_SIZES.map((size) => pngFile(size))].sort(),
    );
    for (const [name, bytes] of files) {
      expect(
        (await readFile(join(ICONS_DIR, name))).equals(bytes),
        `${name} (run scripts/packaging/icons.ts)`,
      ).toBe(true);
    }
  });

  it('has a PNG of every size for Linux and the window', async () => {
    for (const size of PNG_SIZES) {
      const png = await readFile(join(ICONS_DIR, pngFile(size)));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(pngSize(png)).toEqual([size, size]);
    }
  });

  it('has a Windows .ico with 16 to 256 pixel images', async () => {
    const ico = await readFile(join(ICONS_DIR, 'icon.ico'));
    expect(ico.readUInt16LE(2)).toBe(1);
    expect(icoSizes(ico)).toEqual(ICO_SIZES.map((size) => [size, size]));
  });

  it('has a macOS .icns with every slot from 16 to 1024 pixels', async () => {
    const icns = Icns.from(await readFile(join(ICONS_DIR, 'icon.icns')));
    expect(icns.images.map((image) => image.osType)).toEqual(ICNS_SLOTS.map(([type]) => type));
    for (const image of icns.images) {
      const size = ICNS_SLOTS.find(([type]) => type === image.osType)?.[1];
      expect(pngSize(image.image), image.osType).toEqual([size, size]);
    }
  });
});
