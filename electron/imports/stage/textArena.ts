/** Append-only list of texts stored as UTF-8 in one Buffer (off the JS heap), addressed by index. */
export class TextArena {
  private bytes = Buffer.alloc(1 << 16);
  private starts = new Uint32Array(1 << 12);
  private ends = new Uint32Array(1 << 12);
  private used = 0;
  private count = 0;

  push(text: string): number {
    const length = Buffer.byteLength(text);
    if (this.used + length > this.bytes.length) {
      const bigger = Buffer.alloc(Math.max(this.bytes.length * 2, this.used + length));
      this.bytes.copy(bigger, 0, 0, this.used);
      this.bytes = bigger;
    }
    if (this.count === this.starts.length) {
      const starts = new Uint32Array(this.count * 2);
      const ends = new Uint32Array(this.count * 2);
      starts.set(this.starts);
      ends.set(this.ends);
      this.starts = starts;
      this.ends = ends;
    }
    this.bytes.write(text, this.used, 'utf8');
    this.starts[this.count] = this.used;
    this.ends[this.count] = this.used + length;
    this.used += length;
    return this.count++;
  }

  get(index: number): string {
    return this.bytes.toString('utf8', this.starts[index], this.ends[index]);
  }

  get memoryBytes(): number {
    return this.bytes.length + this.starts.byteLength * 2;
  }
}
