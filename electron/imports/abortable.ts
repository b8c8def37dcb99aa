/**
 * Iterates `source`, rejecting as soon as `signal` aborts — even while a `next()` is pending on a
 * stream that will never deliver (exceljs does not notice a destroyed input). The source is told to
 * return but not awaited: a generator with a pending `next()` only returns after it settles.
 */
export async function* abortable<T>(source: AsyncIterable<T>, signal?: AbortSignal): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let finished = false;
  try {
    for (;;) {
      signal?.throwIfAborted();
      const next = await (signal ? nextOrAbort(iterator, signal) : iterator.next());
      if (next.done === true) {
        finished = true;
        return;
      }
      yield next.value;
    }
  } finally {
    if (!finished) void iterator.return?.()?.catch(() => undefined);
  }
}

/**
 * One `next()` that also rejects when the signal aborts. The listener lives only as long as this
 * one call: racing every `next()` against one long-lived "aborted" promise would make that promise
 * keep a reaction — and so every row read — alive until the end of the file.
 */
const nextOrAbort = <T>(iterator: AsyncIterator<T>, signal: AbortSignal): Promise<IteratorResult<T>> =>
  new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    iterator.next().then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
