import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
