import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { crc32, createDeflateRaw } from 'node:zlib';

const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
};
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

/**
 * A streaming zip writer for generated test workbooks: each entry is deflated as its text is
 * produced (Node's zlib), with a true CRC-32 and sizes in a data descriptor, as Excel and most zip
 * tools write them. Entries up to 4 GiB (no zip64).
 */
export class ZipWriter {
  private readonly out;
  private offset = 0;
  private readonly central: Buffer[] = [];

  constructor(path: string) {
    this.out = createWriteStream(path, { highWaterMark: 1 << 20 });
  }

  private async write(bytes: Buffer): Promise<void> {
    this.offset += bytes.length;
    if (!this.out.write(bytes)) await once(this.out, 'drain');
  }

  async entry(name: string, text: Iterable<string> | AsyncIterable<string>): Promise<void> {
    const fileName = Buffer.from(name, 'utf8');
    const at = this.offset;
    // version 2.0, flags: sizes in a data descriptor (bit 3) + UTF-8 names (bit 11), deflate, time.
    const head = [u16(20), u16(0x0808), u16(8), u16(0), u16(0x5921)];
    await this.write(
      Buffer.concat([
        u32(0x04034b50),
        ...head,
        u32(0),
        u32(0),
        u32(0),
        u16(fileName.length),
        u16(0),
        fileName,
      ]),
    );
    const deflate = createDeflateRaw({ level: 6 });
    let crc = 0;
    let size = 0;
    let packed = 0;
    const pump = (async () => {
      for await (const chunk of deflate) {
        packed += (chunk as Buffer).length;
        await this.write(chunk as Buffer);
      }
    })();
    for await (const piece of text) {
      const bytes = Buffer.from(piece, 'utf8');
      crc = crc32(bytes, crc);
      size += bytes.length;
      if (!deflate.write(bytes)) await once(deflate, 'drain');
    }
    deflate.end();
    await pump;
    await this.write(Buffer.concat([u32(0x08074b50), u32(crc), u32(packed), u32(size)]));
    this.central.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(20),
        ...head,
        u32(crc),
        u32(packed),
        u32(size),
        u16(fileName.length),
        u16(0),
        u16(0),
        u16(0),
        u16(0),
        u32(0),
        u32(at),
        fileName,
      ]),
    );
  }

  async finish(): Promise<void> {
    const directory = Buffer.concat(this.central);
    const at = this.offset;
    const n = this.central.length;
    await this.write(directory);
    this.out.end(
      Buffer.concat([
        u32(0x06054b50),
        u16(0),
        u16(0),
        u16(n),
        u16(n),
        u32(directory.length),
        u32(at),
        u16(0),
      ]),
    );
    await once(this.out, 'finish');
  }
}
