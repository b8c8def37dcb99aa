/**
 * An exact string → list-of-ints table for millions of keys in little memory: open addressing over
 * 32-bit hashes, key bytes in one growing Buffer (compared byte for byte on a hash hit, so no
 * collision can ever merge two keys), values in typed arrays. A JS Map of a million strings costs
 * ~80 bytes a key on the worker's small heap; this costs ~30 bytes plus the key's UTF-8 bytes.
 */
export class StringTable {
  private slots = new Int32Array(1 << 16).fill(-1);
  private hashes = new Uint32Array(1 << 12);
  private offsets = new Uint32Array(1 << 12);
  private lengths = new Uint32Array(1 << 12);
  /** Head of each key's value chain (an index into values/next). */
  private heads = new Int32Array(1 << 12);
  private values = new Int32Array(1 << 12);
  private extras = new Int32Array(1 << 12);
  private next = new Int32Array(1 << 12);
  private bytes = Buffer.alloc(1 << 16);
  private used = 0;
  private keys = 0;
  private links = 0;

  get size(): number {
    return this.keys;
  }

  /** Bytes held (for the memory bound). */
  get memoryBytes(): number {
    return this.slots.byteLength + this.bytes.length + this.hashes.byteLength * 8;
  }

  /** Calls `visit(value, extra)` for each value stored under `key`, oldest first; returns the count. */
  forEach(key: string, visit: (value: number, extra: number) => void): number {
    const entry = this.find(key, false);
    let n = 0;
    for (
      let link = entry < 0 ? -1 : (this.heads[entry] as number);
      link >= 0;
      link = this.next[link] as number
    ) {
      visit(this.values[link] as number, this.extras[link] as number);
      n++;
    }
    return n;
  }

  /** How many values were added (each value's `link` in `entries` is below it). */
  get valueCount(): number {
    return this.links;
  }

  /** Every key, in the order keys were added. */
  *keyList(): Generator<string> {
    for (let entry = 0; entry < this.keys; entry++) yield this.keyAt(entry);
  }

  /** Every value with its key and extra, keys in the order added, each key's values oldest first;
   * `link` numbers all values of the table in the order they were added. */
  *entries(): Generator<[key: string, value: number, extra: number, link: number]> {
    for (let entry = 0; entry < this.keys; entry++) {
      const key = this.keyAt(entry);
      for (let link = this.heads[entry] as number; link >= 0; link = this.next[link] as number)
        yield [key, this.values[link] as number, this.extras[link] as number, link];
    }
  }

  has(key: string): boolean {
    return this.find(key, false) >= 0;
  }

  /** Adds the key alone (a set: no value list); returns false when it was already there. */
  addKey(key: string): boolean {
    const before = this.keys;
    this.find(key, true);
    return this.keys > before;
  }

  /** Appends a value (with an extra int) to the key's list. */
  add(key: string, value: number, extra = 0): void {
    const entry = this.find(key, true);
    if (this.links === this.values.length) this.growLinks();
    const link = this.links++;
    this.values[link] = value;
    this.extras[link] = extra;
    this.next[link] = -1;
    let tail = this.heads[entry] as number;
    if (tail < 0) this.heads[entry] = link;
    else {
      while ((this.next[tail] as number) >= 0) tail = this.next[tail] as number;
      this.next[tail] = link;
    }
  }

  private find(key: string, create: boolean): number {
    const hash = fnv1a(key);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] as number;
      if (entry < 0) {
        if (!create) return -1;
        return this.insert(key, hash, slot);
      }
      if (this.hashes[entry] === hash && this.equals(entry, key)) return entry;
    }
  }

  private keyAt(entry: number): string {
    const start = this.offsets[entry] as number;
    return this.bytes.toString('utf8', start, start + (this.lengths[entry] as number));
  }

  private equals(entry: number, key: string): boolean {
    return this.keyAt(entry) === key;
  }

  private insert(key: string, hash: number, slot: number): number {
    if (this.keys === this.hashes.length) this.growEntries();
    const entry = this.keys++;
    const length = Buffer.byteLength(key);
    if (this.used + length > this.bytes.length) {
      const bigger = Buffer.alloc(Math.max(this.bytes.length * 2, this.used + length));
      this.bytes.copy(bigger, 0, 0, this.used);
      this.bytes = bigger;
    }
    this.bytes.write(key, this.used, 'utf8');
    this.hashes[entry] = hash;
    this.offsets[entry] = this.used;
    this.lengths[entry] = length;
    this.heads[entry] = -1;
    this.used += length;
    this.slots[slot] = entry;
    if (this.keys * 2 > this.slots.length) this.rehash();
    return entry;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let entry = 0; entry < this.keys; entry++) {
      let slot = (this.hashes[entry] as number) & mask;
      while ((slots[slot] as number) >= 0) slot = (slot + 1) & mask;
      slots[slot] = entry;
    }
    this.slots = slots;
  }

  private growEntries(): void {
    const n = this.hashes.length * 2;
    this.hashes = grow(this.hashes, n);
    this.offsets = grow(this.offsets, n);
    this.lengths = grow(this.lengths, n);
    this.heads = grow(this.heads, n);
  }

  private growLinks(): void {
    const n = this.values.length * 2;
    this.values = grow(this.values, n);
    this.extras = grow(this.extras, n);
    this.next = grow(this.next, n);
  }
}

const grow = <T extends Int32Array | Uint32Array>(array: T, length: number): T => {
  const bigger = new (array.constructor as new (n: number) => T)(length);
  bigger.set(array);
  return bigger;
};

/** FNV-1a over UTF-16 code units. */
const fnv1a = (text: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
};
