import { Transform, type TransformCallback } from 'node:stream';

/**
 * Iterates `source`, rejecting as soon as `signal` aborts — even while a `next()` is pending on a
 * stream that will never deliver (exceljs does not notice a destroyed input). The source is told to
 * return but not awaited: a generator with a pending `next()` only returns after it settles.
 */
export async function* abortable<T>(source: AsyncIterable<T>, signal?: AbortSignal): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let onAbort = (): void => undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal?.reason);
  });
  aborted.catch(() => undefined);
  signal?.addEventListener('abort', onAbort, { once: true });
  let finished = false;
  try {
    for (;;) {
      signal?.throwIfAborted();
      const next = await (signal ? Promise.race([iterator.next(), aborted]) : iterator.next());
      if (next.done === true) {
        finished = true;
        return;
      }
      yield next.value;
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    if (!finished) void iterator.return?.()?.catch(() => undefined);
  }
}

/** Passes bytes through unchanged, reporting each chunk's size (progress for the XLSX reader). */
export class ByteCounter extends Transform {
  constructor(private readonly onBytes: (bytes: number) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.onBytes(chunk.length);
    callback(null, chunk);
  }
}
