import { readFile } from 'node:fs/promises';
import type { DocumentFonts } from '../../shared/documents/types';
import { resourcePath } from '../runtimeAssets';

/** Family name under which the embedded Noto Serif is declared in printed documents. */
export const DOCUMENT_SERIF_FAMILY = 'Noto Serif';

/**
 * Subsets of Noto Serif shipped in resources/fonts (from @fontsource/noto-serif, unicode.json).
 * cyrillic holds Russian plus І (U+0406) and Ұ (U+04B0); cyrillic-ext holds the other Kazakh and
 * Kyrgyz letters: Ғ Қ Ң Ү Һ Ә Ө.
 */
export const DOCUMENT_FONT_SUBSETS = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,' +
    'U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  cyrillic: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116',
  'cyrillic-ext': 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F',
} as const;

export type DocumentFontSubset = keyof typeof DOCUMENT_FONT_SUBSETS;

export interface DocumentFontFace {
  subset: DocumentFontSubset;
  weight: 400 | 700;
  style: 'normal' | 'italic';
  fileName: string;
}

const WEIGHTS = [400, 700] as const;
const STYLES = ['normal', 'italic'] as const;

/** Every face embedded in documents: 3 subsets x regular/bold x upright/italic. */
export const DOCUMENT_FONT_FACES: readonly DocumentFontFace[] = (
  Object.keys(DOCUMENT_FONT_SUBSETS) as DocumentFontSubset[]
).flatMap((subset) =>
  WEIGHTS.flatMap((weight) =>
    STYLES.map((style) => ({
      subset,
      weight,
      style,
      fileName: `noto-serif-${subset}-${weight}-${style}.woff2`,
    })),
  ),
);

const fontFaceRule = (face: DocumentFontFace, data: Buffer): string =>
  [
    '@font-face {',
    `  font-family: '${DOCUMENT_SERIF_FAMILY}';`,
    `  font-style: ${face.style};`,
    `  font-weight: ${face.weight};`,
    '  font-display: block;',
    `  src: url(data:font/woff2;base64,${data.toString('base64')}) format('woff2');`,
    `  unicode-range: ${DOCUMENT_FONT_SUBSETS[face.subset]};`,
    '}',
  ].join('\n');

const buildFonts = async (resourcesDir: string): Promise<DocumentFonts> => {
  const rules = await Promise.all(
    DOCUMENT_FONT_FACES.map(async (face) =>
      fontFaceRule(face, await readFile(resourcePath(resourcesDir, 'fonts', face.fileName))),
    ),
  );
  // No sans face is embedded: documents are set in the serif, and a sans that fell back to a system
  // font could lose the Kazakh letters, so `sans` names the same embedded family.
  return { css: rules.join('\n'), serif: DOCUMENT_SERIF_FAMILY, sans: DOCUMENT_SERIF_FAMILY };
};

const cache = new Map<string, Promise<DocumentFonts>>();

/**
 * The @font-face rules of the embedded document fonts, with the files inlined as data: URLs so a
 * document renders the same offline, in a preview frame, in print and in a saved PDF.
 * `resourcesDir` is the app's resources folder (the one holding `fonts/`). Read once per folder.
 */
export const loadDocumentFonts = (resourcesDir: string): Promise<DocumentFonts> => {
  const cached = cache.get(resourcesDir);
  if (cached) return cached;
  const loading = buildFonts(resourcesDir);
  cache.set(resourcesDir, loading);
  // A failed read (e.g. a broken install) is not cached, so a later call can try again.
  loading.catch(() => cache.delete(resourcesDir));
  return loading;
};
