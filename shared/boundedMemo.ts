/**
 * A cache of computed values by text key that never grows past `size` entries: when full it is
 * emptied and fills again. For hot paths that see the same few (or repeated) values many times.
 */
export class BoundedMemo<T> {
  private readonly values = new Map<string, T>();

  constructor(private readonly size: number) {}

  get(key: string, compute: () => T): T {
    // One hash look-up on a hit (a second only for a stored `undefined`).
    const known = this.values.get(key);
    if (known !== undefined || this.values.has(key)) return known as T;
    if (this.values.size >= this.size) this.values.clear();
    const value = compute();
    this.values.set(key, value);
    return value;
  }
}
