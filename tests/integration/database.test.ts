import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertRows } from '../../electron/db/batchInsert';
import { Database } from '../../electron/db/database';

let dir: string;
let db: Database;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cd-db-'));
  db = await Database.open(join(dir, 'db.sqlite'));
  await db.exec(
    'CREATE TABLE counter (id INTEGER PRIMARY KEY, n INTEGER); INSERT INTO counter VALUES (1, 0);',
  );
});
afterEach(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

const pause = () => new Promise((r) => setTimeout(r, Math.random() * 5));

describe('Database transactions', () => {
  it('serialises writers: read-modify-write from 20 concurrent callers loses no update', async () => {
    await Promise.all(
      Array.from({ length: 20 }, () =>
        db.transaction(async (tx) => {
          const row = await tx.get<{ n: number }>('SELECT n FROM counter WHERE id = 1');
          await pause();
          await tx.run('UPDATE counter SET n = :n WHERE id = 1', { n: (row?.n ?? 0) + 1 });
        }),
      ),
    );
    expect((await db.get<{ n: number }>('SELECT n FROM counter'))?.n).toBe(20);
  });

  it('rolls back everything a failed transaction wrote and keeps working afterwards', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.run('UPDATE counter SET n = 42');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect((await db.get<{ n: number }>('SELECT n FROM counter'))?.n).toBe(0);
    await db.transaction((tx) => tx.run('UPDATE counter SET n = 1'));
    expect((await db.get<{ n: number }>('SELECT n FROM counter'))?.n).toBe(1);
  });

  it('readers see only committed data', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const writing = db.transaction(async (tx) => {
      await tx.run('UPDATE counter SET n = 7');
      await gate;
    });
    await pause();
    expect((await db.get<{ n: number }>('SELECT n FROM counter'))?.n).toBe(0);
    release();
    await writing;
    expect((await db.get<{ n: number }>('SELECT n FROM counter'))?.n).toBe(7);
  });

  it('binds named parameters', async () => {
    await db.run('UPDATE counter SET n = :value WHERE id = :id', { value: 5, id: 1 });
    expect(await db.all('SELECT n FROM counter WHERE id = :id', { id: 1 })).toEqual([{ n: 5 }]);
  });
});

describe('insertRows (bulk INSERT through one JSON parameter per chunk)', () => {
  beforeEach(() => db.exec('CREATE TABLE bulk (a TEXT, b INTEGER, c REAL, d TEXT, k TEXT, UNIQUE (a))'));
  const all = () => db.all<Record<string, unknown>>('SELECT * FROM bulk ORDER BY rowid');

  it('stores text, integers, reals and nulls as they are, across chunks, with constant columns', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => [
      `Ёж "${i}" \\ ;\n${'ж'.repeat(i)}`,
      i,
      i + 0.5,
      i % 2 === 0 ? null : undefined,
    ]);
    const inserted = await db.transaction((tx) =>
      insertRows(tx, 'bulk', ['a', 'b', 'c', 'd'], rows, { rowsPerStatement: 10, constants: { k: 'const' } }),
    );
    expect(inserted).toBe(25);
    const stored = await all();
    expect(stored).toHaveLength(25);
    expect(stored[3]).toEqual({ a: `Ёж "3" \\ ;\n${'ж'.repeat(3)}`, b: 3, c: 3.5, d: null, k: 'const' });
    expect(typeof stored[24]?.b).toBe('number');
  });

  it('counts only the rows OR IGNORE inserted', async () => {
    await db.transaction((tx) => insertRows(tx, 'bulk', ['a'], [['x'], ['y']]));
    const inserted = await db.transaction((tx) =>
      insertRows(tx, 'bulk', ['a'], [['x'], ['z'], ['z']], { orIgnore: true }),
    );
    expect(inserted).toBe(1);
    expect((await all()).map((r) => r.a)).toEqual(['x', 'y', 'z']);
  });

  it('refuses values JSON cannot carry unchanged, and rows of the wrong width, writing nothing', async () => {
    for (const bad of [[['x', Number.NaN]], [['x', true]], [['x', { b: 1 }]], [['x']]]) {
      await expect(db.transaction((tx) => insertRows(tx, 'bulk', ['a', 'b'], bad))).rejects.toThrow(
        /insertRows\(bulk\)/,
      );
    }
    expect(await all()).toEqual([]);
  });
});
