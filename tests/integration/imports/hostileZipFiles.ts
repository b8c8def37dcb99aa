import { writeFile } from 'node:fs/promises';
import { constants, deflateRawSync } from 'node:zlib';
import { sharedStringsXml, xlsxParts } from './xlsxFiles';

/** One entry of a hand-made zip: its stored bytes and what its headers declare. */
export interface CraftedEntry {
  name: string;
  /** The bytes stored: raw deflate (method 8) or the content itself (method 0). */
  data: Buffer;
  method?: 0 | 8;
  /** Declared unpacked size (may lie). */
  size: number;
  /** Declared packed size (default: data.length; may lie). */
  packedSize?: number;
  /** Point this entry's central record at an earlier entry's local header (overlapping entries). */
  sameDataAs?: number;
}

const u16 = (n: number) => Buffer.from([n & 0xff, (n >>> 8) & 0xff]);
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

/**
 * A zip written byte by byte, so its headers can say what the tests need (sizes that lie, entries
 * sharing data); CRCs are left 0 (the reader does not rely on them). Sizes stay below 4 GiB (no zip64).
 */
export const craftZip = (entries: CraftedEntry[]): Buffer => {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  const offsets: number[] = [];
  let offset = 0;
  entries.forEach((entry) => {
    const name = Buffer.from(entry.name, 'utf8');
    const method = entry.method ?? 8;
    const packed = entry.packedSize ?? entry.data.length;
    const common = [
      u16(20),
      u16(0x0800),
      u16(method),
      u16(0),
      u16(0x21),
      u32(0),
      u32(packed),
      u32(entry.size),
    ];
    const at = entry.sameDataAs === undefined ? offset : (offsets[entry.sameDataAs] as number);
    offsets.push(at);
    if (entry.sameDataAs === undefined) {
      const local = Buffer.concat([u32(0x04034b50), ...common, u16(name.length), u16(0), name, entry.data]);
      locals.push(local);
      offset += local.length;
    }
    central.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(20),
        ...common,
        u16(name.length),
        u16(0),
        u16(0),
        u16(0),
        u16(0),
        u32(0),
        u32(at),
        name,
      ]),
    );
  });
  const directory = Buffer.concat(central);
  const count = Math.min(entries.length, 0xffff);
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(count),
    u16(count),
    u32(directory.length),
    u32(offset),
    u16(0),
  ]);
  return Buffer.concat([...locals, directory, end]);
};

/**
 * Raw deflate of `prefix`, then `megabytes` MiB of spaces, then `suffix`, built from one compressed
 * MiB repeated (each flushed with Z_FULL_FLUSH, so the copies stand alone): a ~1000:1 bomb whose
 * packed size is ~1 KiB per unpacked MiB, made without ever holding the unpacked bytes.
 */
export const spacesBomb = (megabytes: number, prefix = '', suffix = ''): Buffer => {
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const mib = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), flush);
  const parts = [deflateRawSync(Buffer.from(prefix, 'utf8'), flush)];
  for (let i = 0; i < megabytes; i++) parts.push(mib);
  parts.push(deflateRawSync(Buffer.from(suffix, 'utf8'))); // the final block
  return Buffer.concat(parts);
};

export const deflated = (text: string) => deflateRawSync(Buffer.from(text, 'utf8'));

/** A valid workbook's parts (deflated, sizes true) with some parts replaced by crafted entries. */
export const craftWorkbook = (
  replace: CraftedEntry[],
  sheet = '<worksheet/>',
  strings = sharedStringsXml([]),
) => {
  const names = new Set(replace.map((e) => e.name));
  const honest = Object.entries(xlsxParts(sheet, strings))
    .filter(([name]) => !names.has(name))
    .map(([name, xml]) => ({ name, data: deflated(xml), size: Buffer.byteLength(xml) }));
  return craftZip([...honest, ...replace]);
};

export const writeCrafted = async (path: string, bytes: Buffer) => {
  await writeFile(path, bytes);
  return path;
};
