import { describe, expect, it } from 'vitest';
import { BoundedMemo } from '../../shared/boundedMemo';

describe('BoundedMemo', () => {
  it('computes a key once, remembers null results, and never holds more than its size', () => {
    const memo = new BoundedMemo<string | null>(2);
    let calls = 0;
    const get = (key: string) => memo.get(key, () => (calls++, key === 'none' ? null : key.toUpperCase()));
    expect([get('a'), get('a'), get('none'), get('none')]).toEqual(['A', 'A', null, null]);
    expect(calls).toBe(2);
    get('b'); // full: emptied, then holds b
    get('a');
    expect(calls).toBe(4);
  });
});
