import iconv from 'iconv-lite';
import type { EncodingSource, ForcedEncoding, ImportEncoding } from '../../shared/imports/fileTypes';

export interface EncodingChoice {
  encoding: ImportEncoding;
  source: EncodingSource;
  bomLength: number;
}

/** iconv-lite codec names. */
export const iconvName = {
  utf8: 'utf8',
  utf16le: 'utf16le',
  cp1251: 'cp1251',
  rk1048: 'rk1048',
} as const satisfies Record<ImportEncoding, iconv.Encoding>;

const bomOf = (sample: Buffer): { encoding: ImportEncoding; length: number } | null => {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: 'utf8', length: 3 };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf16le', length: 2 };
  return null;
};

const isStrictUtf8 = (bytes: Buffer, complete: boolean): boolean => {
  try {
    // `stream: true` keeps a multi-byte character cut at the end of a partial sample from failing.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !complete });
    return true;
  } catch {
    return false;
  }
};

/** Bytes where KZ-1048 has a Kazakh letter (Қ Һ Ұ Ә Ө Ғ Ү Ң, either case) and cp1251 a rare Slavic one. */
const KAZAKH_BYTES = new Set([
  0x8d, 0x8e, 0x9d, 0x9e, 0xa1, 0xa2, 0xa3, 0xa5, 0xaa, 0xaf, 0xb4, 0xba, 0xbc, 0xbd, 0xbe, 0xbf,
]);
const isCyrillicByte = (b: number | undefined): boolean =>
  b !== undefined && (b >= 0xc0 || b === 0xa8 || b === 0xb8 || KAZAKH_BYTES.has(b));

/**
 * A single-byte file with Kazakh letters inside Cyrillic words is KZ-1048. The two code pages differ
 * only in these 16 letters, so a wrong guess costs at most those letters, and the preview shows it.
 */
const looksKazakh = (bytes: Buffer): boolean => {
  for (let i = 0; i < bytes.length; i++) {
    if (KAZAKH_BYTES.has(bytes[i] ?? 0) && (isCyrillicByte(bytes[i - 1]) || isCyrillicByte(bytes[i + 1]))) {
      return true;
    }
  }
  return false;
};

/**
 * BOM -> its encoding; else a strict UTF-8 decode of the sample; else KZ-1048 when Kazakh letters show,
 * else Windows-1251. A forced encoding wins, but a BOM's bytes are still skipped.
 */
export const detectEncoding = (
  sample: Buffer,
  complete: boolean,
  forced?: ForcedEncoding,
): EncodingChoice => {
  const bom = bomOf(sample);
  const bomLength = bom?.length ?? 0;
  if (forced !== undefined) return { encoding: forced, source: 'forced', bomLength };
  if (bom !== null) return { encoding: bom.encoding, source: 'bom', bomLength };
  if (isStrictUtf8(sample, complete)) return { encoding: 'utf8', source: 'utf8', bomLength };
  if (looksKazakh(sample)) return { encoding: 'rk1048', source: 'kazakhLetters', bomLength };
  return { encoding: 'cp1251', source: 'fallback', bomLength };
};

/** Decodes a sample to text with LF line ends; a partial sample is cut after its last complete line. */
export const decodeSample = (bytes: Buffer, encoding: ImportEncoding, complete: boolean): string => {
  const text = iconv.decode(bytes, iconvName[encoding], { stripBOM: false }).replace(/\r\n?/g, '\n');
  if (complete) return text;
  const lastBreak = text.lastIndexOf('\n');
  return lastBreak < 0 ? text : text.slice(0, lastBreak + 1);
};
