import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_FONT_FACES,
  DOCUMENT_FONT_SUBSETS,
  DOCUMENT_SERIF_FAMILY,
  loadDocumentFonts,
} from '../../electron/services/documentFonts';

const resourcesDir = join(__dirname, '..', '..', 'resources');

/** Code points covered by a CSS unicode-range value such as "U+0400-045F,U+2116". */
const inRange = (range: string, codePoint: number): boolean =>
  range.split(',').some((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return codePoint >= parseInt(from ?? '', 16) && codePoint <= parseInt(to ?? '', 16);
  });

/** Russian, plus the Kazakh letters (Ә Ғ Қ Ң Ө Ұ Ү Һ І) and the Kyrgyz ones (Ң Ө Ү), both cases. */
const LETTERS = 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюяӘәҒғҚқҢңӨөҰұҮүҺһІі№«»—';

describe('loadDocumentFonts', () => {
  it('embeds regular, bold and italic faces as woff2 data: URLs', async () => {
    const fonts = await loadDocumentFonts(resourcesDir);
    expect(fonts.serif).toBe(DOCUMENT_SERIF_FAMILY);
    const rules = fonts.css.match(/@font-face \{[^}]*\}/g) ?? [];
    expect(rules).toHaveLength(DOCUMENT_FONT_FACES.length);
    for (const rule of rules) {
      expect(rule).toContain(`font-family: '${DOCUMENT_SERIF_FAMILY}'`);
      expect(rule).toMatch(/src: url\(data:font\/woff2;base64,[A-Za-z0-9+/=]{1000,}\) format\('woff2'\)/);
      expect(rule).toMatch(/unicode-range: U\+/);
    }
    expect(fonts.css).toContain('font-weight: 700');
    expect(fonts.css).toContain('font-style: italic');
    expect(fonts.css).not.toMatch(/url\((?!data:)/);
  });

  it('reads the files once', async () => {
    const first = loadDocumentFonts(resourcesDir);
    expect(loadDocumentFonts(resourcesDir)).toBe(first);
    expect((await first).css).toBe((await loadDocumentFonts(resourcesDir)).css);
  });

  it('fails for a folder without the fonts, and tries again next time', async () => {
    const missing = join(resourcesDir, 'no-such-folder');
    await expect(loadDocumentFonts(missing)).rejects.toThrow();
    await expect(loadDocumentFonts(missing)).rejects.toThrow();
  });

  it('ships a woff2 file for every face', async () => {
    for (const face of DOCUMENT_FONT_FACES) {
      const data = await readFile(join(resourcesDir, 'fonts', face.fileName));
      expect(data.subarray(0, 4).toString('latin1'), face.fileName).toBe('wOF2');
    }
    await expect(readFile(join(resourcesDir, 'fonts', 'OFL.txt'), 'utf8')).resolves.toContain(
      'SIL Open Font License',
    );
  });

  it('covers every Russian, Kazakh and Kyrgyz letter in each weight and style', async () => {
    for (const weight of [400, 700]) {
      for (const style of ['normal', 'italic']) {
        const ranges = DOCUMENT_FONT_FACES.filter((f) => f.weight === weight && f.style === style).map(
          (f) => DOCUMENT_FONT_SUBSETS[f.subset],
        );
        for (const letter of LETTERS) {
          const codePoint = letter.codePointAt(0) ?? 0;
          expect(
            ranges.some((r) => inRange(r, codePoint)),
            `${letter} ${weight} ${style}`,
          ).toBe(true);
        }
      }
    }
    const css = (await loadDocumentFonts(resourcesDir)).css;
    const declared = [...css.matchAll(/unicode-range: ([^;]+);/g)].map((m) => m[1] ?? '');
    for (const codePoint of [0x04d8, 0x0492, 0x049a, 0x04a2, 0x04e8, 0x04b0, 0x04ae, 0x04ba, 0x0406]) {
      expect(
        declared.some((r) => inRange(r, codePoint)),
        codePoint.toString(16),
      ).toBe(true);
    }
  });
});
