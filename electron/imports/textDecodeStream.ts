import iconv from 'iconv-lite';
import { Transform, type TransformCallback } from 'node:stream';
import type { ImportEncoding } from '../../shared/imports/fileTypes';
import { iconvName } from './textEncoding';

/**
 * Bytes -> text in the chosen encoding, with CRLF and lone CR turned into LF (so the CSV parser and the
 * line counter agree on what a line is). Reports each chunk's size for progress. A multi-byte character
 * or a CRLF split between chunks is carried over to the next chunk.
 */
export class TextDecodeStream extends Transform {
  private readonly decoder: iconv.DecoderStream;
  private pendingCR = false;

  constructor(
    encoding: ImportEncoding,
    private readonly onBytes?: (bytes: number) => void,
  ) {
    // Text goes out as strings (object mode, at most 4 chunks buffered): the CSV reader takes strings.
    super({ readableObjectMode: true, readableHighWaterMark: 4 });
    this.decoder = iconv.getDecoder(iconvName[encoding], { stripBOM: false });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.onBytes?.(chunk.length);
    this.pushText(this.decoder.write(chunk));
    callback();
  }

  override _flush(callback: TransformCallback): void {
    this.pushText(this.decoder.end() ?? '');
    if (this.pendingCR) this.push('\n');
    callback();
  }

  private pushText(decoded: string): void {
    let text = this.pendingCR ? `\r${decoded}` : decoded;
    this.pendingCR = text.endsWith('\r');
    if (this.pendingCR) text = text.slice(0, -1);
    if (text !== '') this.push(text.replace(/\r\n?/g, '\n'));
  }
}
