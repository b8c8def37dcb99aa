import { read } from 'node:fs';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { ImportFileError } from './importFileError';

/**
 * How far an XLSX package may unpack. A genuine workbook's parts compress 5–20×, a sheet of repeated
 * cells up to ~100×; a zip bomb reaches ~1000× per layer. A million-row, ten-column export is ~0.5 GB
 * of XML in all. Beyond these bounds the file is refused (`import.zipBomb`), before inflating when
 * the central directory declares it and while inflating when the sizes lie.
 */
export const ZIP_LIMITS = {
  /** Entries in the central directory (a workbook has tens; thousands of images would still pass). */
  maxEntries: 10_000,
  /** Unpacked bytes of one part. */
  maxPartBytes: 2 * 1024 ** 3,
  /** Unpacked bytes of all parts together (declared) and of the parts read (actual). */
  maxTotalBytes: 4 * 1024 ** 3,
  /** Unpacked-to-packed ratio of one part, once it has unpacked more than `ratioFloorBytes`. */
  maxRatio: 250,
  ratioFloorBytes: 8 * 1024 ** 2,
};
export type ZipLimits = typeof ZIP_LIMITS;

const bomb = () => new ImportFileError('import.zipBomb');
const unreadable = (cause?: unknown) => new ImportFileError('import.unreadableXlsx', undefined, { cause });

/** The smallest local header: 30 bytes plus the name (its extra field may add more). */
const LOCAL_HEADER_BYTES = 30;

/** Refuses a central directory that declares a bomb: too many entries, sizes, ratios, overlapping data. */
const checkDirectory = (entries: Entry[], directoryOffset: number, limits: ZipLimits): void => {
  let declared = 0;
  for (const entry of entries) {
    const { uncompressedSize: size, compressedSize: packed } = entry;
    if (size > limits.maxPartBytes) throw bomb();
    if (size > limits.ratioFloorBytes && size > packed * limits.maxRatio) throw bomb();
    declared += size;
  }
  if (declared > limits.maxTotalBytes) throw bomb();
  // Entries that share or overlap their compressed data unpack the same bytes many times over.
  const spans = entries
    .map((e) => ({
      start: e.relativeOffsetOfLocalHeader,
      end: e.relativeOffsetOfLocalHeader + LOCAL_HEADER_BYTES + e.fileNameLength + e.compressedSize,
    }))
    .sort((a, b) => a.start - b.start);
  spans.forEach((span, i) => {
    const next = spans[i + 1]?.start ?? directoryOffset;
    if (span.end > next) throw bomb();
  });
};

/**
 * Counts a part's bytes as it unpacks and stops it the moment it passes its declared size (lying
 * headers), the per-part or total bound, or the ratio bound: a bomb costs at most those bytes of
 * CPU, never memory or disk (the consumer reads with backpressure).
 */
class InflateGuard extends Transform {
  private out = 0;

  constructor(
    private readonly entry: Entry,
    private readonly packedSoFar: () => number,
    private readonly total: { bytes: number },
    private readonly limits: ZipLimits,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.out += chunk.length;
    this.total.bytes += chunk.length;
    const { limits } = this;
    const overRatio =
      this.out > limits.ratioFloorBytes && this.out > Math.max(1, this.packedSoFar()) * limits.maxRatio;
    if (
      this.out > this.entry.uncompressedSize ||
      this.out > limits.maxPartBytes ||
      this.total.bytes > limits.maxTotalBytes ||
      overRatio
    )
      callback(bomb());
    else callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    callback(this.out === this.entry.uncompressedSize ? null : unreadable());
  }
}

export interface XlsxPackage {
  /** Part names (`xl/workbook.xml`…), as stored. */
  readonly names: ReadonlySet<string>;
  /** A part's unpacked bytes, guarded (at most `maxBytes` declared); null when there is no such part. */
  open(name: string, maxBytes?: number): Promise<Readable | null>;
  close(): void;
}

/**
 * Bytes [start, end) of a file descriptor as a stream that never closes it (an fs read stream closes
 * its descriptor when destroyed, even with autoClose off).
 */
export const fdRange = (fd: number, start: number, end: number): Readable => {
  let position = start;
  return new Readable({
    highWaterMark: 64 * 1024,
    read(size) {
      const length = Math.min(size, end - position);
      if (length <= 0) return void this.push(null);
      const buffer = Buffer.allocUnsafe(length);
      read(fd, buffer, 0, length, position, (error, bytes) => {
        if (this.destroyed) return;
        if (error || bytes === 0) return void this.destroy(error ?? new Error('unexpected end of file'));
        position += bytes;
        this.push(buffer.subarray(0, bytes));
      });
    },
  });
};

/** Reads ranges of a file descriptor the caller owns (and closes): yauzl never closes it. */
class FdReader extends yauzl.RandomAccessReader {
  constructor(private readonly fd: number) {
    super();
  }

  override _readStreamForRange(start: number, end: number): Readable {
    return fdRange(this.fd, start, end);
  }

  // yauzl's types omit close(), which it calls when the last stream and the zip are closed.
  close(callback: (error: Error | null) => void): void {
    callback(null);
  }
}

const openFd = (fd: number, size: number) =>
  new Promise<ZipFile>((resolve, reject) =>
    yauzl.fromRandomAccessReader(
      new FdReader(fd),
      size,
      { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false },
      (error, zip) => (error ? reject(unreadable(error)) : resolve(zip)),
    ),
  );

const readDirectory = (zip: ZipFile, limits: ZipLimits) =>
  new Promise<Entry[]>((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (error) => reject(unreadable(error)));
    if (zip.entryCount > limits.maxEntries) reject(bomb());
    else zip.readEntry();
  });

/**
 * Opens an XLSX package (a zip) from a file descriptor the caller keeps open until `close()`, reading its central directory and
 * refusing a declared bomb; its parts are then unpacked one at a time through an InflateGuard.
 * `onPackedBytes` gets each chunk of compressed bytes read (progress).
 */
export const openXlsxPackage = async (
  fd: number,
  size: number,
  onPackedBytes: (bytes: number) => void = () => undefined,
  limits: ZipLimits = ZIP_LIMITS,
): Promise<XlsxPackage> => {
  const zip = await openFd(fd, size);
  const directoryOffset = zip.readEntryCursor as unknown as number;
  try {
    const entries = await readDirectory(zip, limits);
    checkDirectory(entries, directoryOffset, limits);
    const byName = new Map<string, Entry>();
    for (const entry of entries) {
      if (byName.has(entry.fileName)) throw unreadable(); // two parts under one name: ambiguous
      byName.set(entry.fileName, entry);
    }
    const total = { bytes: 0 };
    const open = async (name: string, maxBytes = limits.maxPartBytes): Promise<Readable | null> => {
      const entry = byName.get(name);
      if (!entry) return null;
      if (entry.uncompressedSize > maxBytes) throw bomb();
      if (entry.isEncrypted() || (entry.compressionMethod !== 0 && entry.compressionMethod !== 8))
        throw unreadable();
      const raw = await zip.openReadStreamPromise(entry, { decodeFileData: false }).catch((e: unknown) => {
        throw unreadable(e);
      });
      let packed = 0;
      raw.on('data', (chunk: Buffer) => {
        packed += chunk.length;
        onPackedBytes(chunk.length);
      });
      const guard = new InflateGuard(entry, () => packed, total, limits);
      const source = entry.compressionMethod === 8 ? raw.pipe(createInflateRaw()) : raw;
      const fail = (error: Error) =>
        guard.destroy(error instanceof ImportFileError ? error : unreadable(error));
      raw.on('error', fail);
      source.on('error', fail);
      guard.on('close', () => (raw.destroy(), source.destroy()));
      return source.pipe(guard);
    };
    return { names: new Set(byName.keys()), open, close: () => zip.close() };
  } catch (error) {
    zip.close();
    throw error;
  }
};
