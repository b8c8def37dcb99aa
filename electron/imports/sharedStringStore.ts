import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImportFileError } from './importFileError';

/** Shared-string bytes kept in memory; the rest of a workbook's strings go to a temporary file. */
export const SHARED_STRINGS_MEMORY_BYTES = 16 * 1024 * 1024;
/** A workbook with more shared-string bytes than this (e.g. a zip bomb) is refused. */
export const MAX_SHARED_STRING_BYTES = 2 * 1024 * 1024 * 1024;
/** …or with more distinct strings than this (4 bytes of memory each). */
export const MAX_SHARED_STRINGS = 8_000_000;

const WRITE_BUFFER_BYTES = 1024 * 1024;

type SharedString = string | { richText?: { text?: string | null }[] } | null | undefined;

const textOf = (value: SharedString): string =>
  typeof value === 'string' ? value : (value?.richText ?? []).map((run) => run.text ?? '').join('');

/**
 * The shared strings of an XLSX workbook in bounded memory: exceljs would keep every string as a JS
 * string (a 2 MB file made 2.3 GB of heap). The first SHARED_STRINGS_MEMORY_BYTES are kept as UTF-8 in
 * one Buffer; the rest are appended to a temporary file and read back by position when a cell refers
 * to them. Only the end offset of each string (4 bytes) stays in memory. Rich text keeps its text.
 */
export class SharedStringStore {
  private memory = Buffer.alloc(64 * 1024);
  private memoryUsed = 0;
  private ends = new Uint32Array(1 << 14);
  private count = 0;
  private total = 0;
  private file: { dir: string; fd: number } | null = null;
  private pending = Buffer.alloc(0);
  private pendingUsed = 0;

  /** `memoryBytes`: how many bytes of strings stay in memory (smaller in tests, to make it spill). */
  constructor(private readonly memoryBytes = SHARED_STRINGS_MEMORY_BYTES) {}

  get size(): number {
    return this.count;
  }

  push(value: SharedString): void {
    const bytes = Buffer.from(textOf(value), 'utf8');
    if (this.count >= MAX_SHARED_STRINGS || this.total + bytes.length > MAX_SHARED_STRING_BYTES)
      throw new ImportFileError('import.tooLarge');
    if (this.count === this.ends.length) {
      const ends = new Uint32Array(this.ends.length * 2);
      ends.set(this.ends);
      this.ends = ends;
    }
    if (this.total + bytes.length <= this.memoryBytes) {
      if (this.memoryUsed + bytes.length > this.memory.length) {
        const bigger = Buffer.alloc(
          Math.min(this.memoryBytes, Math.max(this.memory.length * 2, this.memoryUsed + bytes.length)),
        );
        this.memory.copy(bigger, 0, 0, this.memoryUsed);
        this.memory = bigger;
      }
      bytes.copy(this.memory, this.memoryUsed);
      this.memoryUsed += bytes.length;
    } else this.spill(bytes);
    this.total += bytes.length;
    this.ends[this.count++] = this.total;
  }

  /** The string at `index` (0-based), or undefined when there is none. */
  get(index: number): string | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.count) return undefined;
    const start = index === 0 ? 0 : (this.ends[index - 1] as number);
    const end = this.ends[index] as number;
    if (end <= this.memoryUsed) return this.memory.toString('utf8', start, end);
    if (!this.file) return undefined;
    this.flush();
    const buffer = Buffer.alloc(end - start);
    readSync(this.file.fd, buffer, 0, buffer.length, start - this.memoryUsed);
    return buffer.toString('utf8');
  }

  /** Removes the temporary file, if any. */
  close(): void {
    if (!this.file) return;
    closeSync(this.file.fd);
    rmSync(this.file.dir, { recursive: true, force: true });
    this.file = null;
  }

  /**
   * An array-like view for exceljs's worksheet reader (`sharedStrings[index]`, `push`): it lets the
   * reader keep its streaming path while the strings live here.
   */
  asArray(): unknown {
    return new Proxy([], {
      get: (_target, key) => {
        if (key === 'push') return (value: SharedString) => this.push(value);
        if (key === 'length') return this.count;
        return typeof key === 'string' && /^\d+$/.test(key) ? this.get(Number(key)) : undefined;
      },
    });
  }

  private spill(bytes: Buffer): void {
    if (!this.file) {
      const dir = mkdtempSync(join(tmpdir(), 'cd-xlsx-strings-'));
      this.file = { dir, fd: openSync(join(dir, 'strings'), 'w+') };
      this.pending = Buffer.alloc(WRITE_BUFFER_BYTES);
    }
    if (this.pendingUsed + bytes.length > this.pending.length) this.flush();
    if (bytes.length > this.pending.length) writeSync(this.file.fd, bytes);
    else {
      bytes.copy(this.pending, this.pendingUsed);
      this.pendingUsed += bytes.length;
    }
  }

  private flush(): void {
    if (!this.file || this.pendingUsed === 0) return;
    writeSync(this.file.fd, this.pending, 0, this.pendingUsed);
    this.pendingUsed = 0;
  }
}
