import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { csvRows, MAX_RECORD_CHARS, type SourceRow } from '../../../electron/imports/csvRows';
import type { ImportDelimiter } from '../../../shared/imports';

const rowsOf = async (chunks: string[], delimiter: ImportDelimiter = ';'): Promise<SourceRow[]> => {
  const rows: SourceRow[] = [];
  for await (const row of csvRows(Readable.from(chunks), delimiter)) rows.push(row);
  return rows;
};

/** Deterministic PRNG (mulberry32). */
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

describe('csvRows', () => {
  it('splits fields, unescapes quoted ones and keeps delimiters and line breaks inside quotes', async () => {
    expect(await rowsOf(['a;"b;c";"say ""hi""";"two\nlines";\n', 'x;y'])).toEqual([
      { line: 1, cells: ['a', 'b;c', 'say "hi"', 'two\nlines', ''] },
      { line: 3, cells: ['x', 'y'] },
    ]);
  });

  it('treats quotes inside unquoted fields as text and keeps a quote that did not close the field', async () => {
    expect(await rowsOf(['ООО "Ромашка";"ab"cd;"q"\n'])).toEqual([
      { line: 1, cells: ['ООО "Ромашка"', '"ab"cd', 'q'] },
    ]);
  });

  it('counts blank lines without yielding them and numbers rows by their first physical line', async () => {
    expect(await rowsOf(['h1;h2\n\n1;"a\nb"\n\n\n2;c\n'])).toEqual([
      { line: 1, cells: ['h1', 'h2'] },
      { line: 3, cells: ['1', 'a\nb'] },
      { line: 7, cells: ['2', 'c'] },
    ]);
  });

  it('reads commas and tabs', async () => {
    expect(await rowsOf(['a,"b,c"\n'], ',')).toEqual([{ line: 1, cells: ['a', 'b,c'] }]);
    expect(await rowsOf(['a\t"b\tc"\n'], '\t')).toEqual([{ line: 1, cells: ['a', 'b\tc'] }]);
  });

  it('stops at an unclosed quote at the end of the text, after the rows before it', async () => {
    const seen: SourceRow[] = [];
    const error = await (async () => {
      for await (const row of csvRows(Readable.from(['1;a\n2;"b\n3;c\n']), ';')) seen.push(row);
    })().catch((e: unknown) => e);
    expect(seen).toEqual([{ line: 1, cells: ['1', 'a'] }]);
    expect(error).toMatchObject({ reason: 'import.unclosedQuote', line: 2 });
  });

  it('stops an unclosed quote once the record outgrows the limit, without reading the rest', async () => {
    let pulled = 0;
    const chunks = function* () {
      yield '1;a\n2;"never closed';
      for (;;) {
        pulled++;
        yield 'x'.repeat(64 * 1024);
      }
    };
    const error = await (async () => {
      for await (const row of csvRows(Readable.from(chunks()), ';')) void row;
    })().catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'import.unclosedQuote', line: 2 });
    expect(pulled * 64 * 1024).toBeLessThan(MAX_RECORD_CHARS + 256 * 1024);
  });

  it('gives the same rows however the text is split into chunks', async () => {
    const rnd = prng(42);
    const pieces = ['a', 'Ж', ' ', ';', ';', '"', '""', '\n', '\n', 'ООО "Р"', '12'];
    for (let round = 0; round < 200; round++) {
      // Random text with quoted fields (always closed) and loose quotes inside unquoted fields.
      let text = '';
      for (let i = 0; i < 60; i++) {
        const p = pieces[Math.floor(rnd() * pieces.length)] ?? '';
        text += p === '"' ? `"${'x;\n""'.slice(0, 1 + Math.floor(rnd() * 5))}"` : p;
      }
      const whole = await rowsOf([text]).catch((e: unknown) => e);
      const cuts: string[] = [];
      for (let at = 0; at < text.length;) {
        const size = 1 + Math.floor(rnd() * 7);
        cuts.push(text.slice(at, at + size));
        at += size;
      }
      expect(await rowsOf(cuts).catch((e: unknown) => e)).toEqual(whole);
    }
  });
});
