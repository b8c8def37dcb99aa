import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SharedStringStore } from '../../../electron/imports/sharedStringStore';

describe('shared strings of an XLSX workbook in bounded memory', () => {
  it('gives back every string, in memory and spilled to disk, like an array would (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { maxLength: 100 }),
        fc.integer({ min: 0, max: 2000 }),
        (texts, memoryBytes) => {
          const store = new SharedStringStore(memoryBytes);
          try {
            for (const text of texts) store.push(text);
            expect(store.size).toBe(texts.length);
            texts.forEach((text, i) => expect(store.get(i)).toBe(text));
            expect(store.get(texts.length)).toBeUndefined();
            expect(store.get(-1)).toBeUndefined();
          } finally {
            store.close();
          }
        },
      ),
      { seed: 20261207, numRuns: 60 },
    );
  });

  it('keeps the text of rich text, and exceljs reads it through the array view', () => {
    const store = new SharedStringStore(8);
    const array = store.asArray() as { push(v: unknown): void; length: number; [i: number]: unknown };
    array.push('Иванов Иван Иванович');
    array.push({ richText: [{ text: 'ул. ' }, { text: 'Киевская' }] });
    array.push(null);
    expect(array.length).toBe(3);
    expect([array[0], array[1], array[2], array[3]]).toEqual([
      'Иванов Иван Иванович',
      'ул. Киевская',
      '',
      undefined,
    ]);
    store.close();
  });

  it('removes its temporary file when closed', () => {
    const store = new SharedStringStore(0);
    store.push('spilled');
    const dir = (store as unknown as { file: { dir: string } }).file.dir;
    expect(existsSync(dir)).toBe(true);
    store.close();
    expect(existsSync(dir)).toBe(false);
  });
});
