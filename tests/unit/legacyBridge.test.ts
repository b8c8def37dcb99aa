import { describe, expect, it } from 'vitest';
import { legacyBridge, toPostgresParameters } from '../../electron/db/store/legacyBridge';

describe('legacy SQL on PostgreSQL', () => {
  it('numbers named parameters once each, in order of first use', () => {
    expect(
      toPostgresParameters('SELECT * FROM t WHERE a = :a AND (:b IS NULL OR b = :b) AND c = :a', {
        b: null,
        a: 1,
        z: 9,
      }),
    ).toEqual({
      text: 'SELECT * FROM t WHERE a = $1 AND ($2 IS NULL OR b = $2) AND c = $1',
      values: [1, null],
    });
  });

  it('leaves quoted text, quoted names, comments and casts alone', () => {
    const sql = `SELECT ':x', "a:b", '10:30' AS t, x::text -- :c and ?\nFROM t WHERE y = :y`;
    expect(toPostgresParameters(sql, { y: 'v' })).toEqual({
      text: `SELECT ':x', "a:b", '10:30' AS t, x::text -- :c and ?\nFROM t WHERE y = $1`,
      values: ['v'],
    });
  });

  it('turns positional ? into $n and undefined into NULL', () => {
    expect(toPostgresParameters('INSERT INTO t VALUES (?, ?)', [1, 'a'])).toEqual({
      text: 'INSERT INTO t VALUES ($1, $2)',
      values: [1, 'a'],
    });
    expect(toPostgresParameters('SELECT :a', { a: undefined }).values).toEqual([null]);
  });

  it('refuses a missing value instead of binding nothing', () => {
    expect(() => toPostgresParameters('SELECT :missing', {})).toThrow(/:missing/);
    expect(() => toPostgresParameters('SELECT ?, ?', [1])).toThrow(/more \?/);
  });

  it('says plainly that lastID does not exist on PostgreSQL', async () => {
    const bridge = legacyBridge({ query: async () => ({ rows: [], rowCount: 3 }) });
    const result = await bridge.run('UPDATE t SET a = 1');
    expect(result.changes).toBe(3);
    expect(() => result.lastID).toThrow(/RETURNING id/);
  });
});
