import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { Database } from '../../electron/db/database';
import { migrate } from '../../electron/db/migrations';

let dir: string;
let db: Database;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cd-fk-'));
  db = await Database.open(join(dir, 'a.sqlite'));
  await migrate(db);
});
afterEach(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

interface ForeignKey {
  table: string;
  from: string;
  parent: string;
}

/** Parent tables whose rows can never be deleted (a trigger refuses it): no child look-up ever runs. */
const undeletable = async (): Promise<Set<string>> => {
  const triggers = await db.all<{ tbl_name: string; sql: string }>(
    "SELECT tbl_name, sql FROM sqlite_master WHERE type = 'trigger'",
  );
  return new Set(
    triggers
      .filter(
        (t) => /BEFORE\s+DELETE/i.test(t.sql) && /RAISE\s*\(\s*ABORT/i.test(t.sql) && !/WHEN/i.test(t.sql),
      )
      .map((t) => t.tbl_name),
  );
};

/** An index SQLite can use to find the child rows of one parent row: led by the column, not partial
 * on anything but the column being set. */
const usableIndex = async (table: string, column: string): Promise<boolean> => {
  const pk = await db.all<{ name: string; type: string }>(
    'SELECT name, type FROM pragma_table_info(:table) WHERE pk > 0',
    { table },
  );
  if (pk.length === 1 && pk[0]?.name === column && pk[0].type.toUpperCase() === 'INTEGER') return true;
  const indexes = await db.all<{ name: string; partial: number }>(
    'SELECT name, partial FROM pragma_index_list(:table)',
    { table },
  );
  for (const index of indexes) {
    const first = await db.get<{ name: string }>(
      'SELECT name FROM pragma_index_info(:index) WHERE seqno = 0',
      { index: index.name },
    );
    if (first?.name !== column) continue;
    if (index.partial === 0) return true;
    const sql =
      (
        await db.get<{ sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = :n", {
          n: index.name,
        })
      )?.sql ?? '';
    if (new RegExp(`WHERE\\s+${column}\\s+IS\\s+NOT\\s+NULL\\s*$`, 'i').test(sql)) return true;
  }
  return false;
};

/**
 * Child columns left without an index on purpose: their parent is deleted one row at a time (an
 * import's clean-up deletes its one `imports` row), so each delete costs one scan, while an index
 * would slow down every import writing these large tables.
 */
const oneParentAtATime = new Set(['subject_keys.import_id', 'possible_matches.import_id']);

it('every foreign key to a table whose rows can be deleted has an index on its column', async () => {
  // Deleting a parent row makes SQLite look up its children; without an index on the child column,
  // each deleted row scans the child table (an import's clean-up of 150k subjects never finished).
  const tables = await db.all<{ name: string }>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
  );
  const keys: ForeignKey[] = [];
  for (const { name } of tables)
    for (const fk of await db.all<{ table: string; from: string }>(
      'SELECT "table", "from" FROM pragma_foreign_key_list(:name)',
      { name },
    ))
      keys.push({ table: name, from: fk.from, parent: fk.table });
  expect(keys.length).toBeGreaterThan(10);
  const fixed = await undeletable();
  const missing: string[] = [];
  for (const k of keys) {
    const exempt = fixed.has(k.parent) || oneParentAtATime.has(`${k.table}.${k.from}`);
    if (!exempt && !(await usableIndex(k.table, k.from))) missing.push(`${k.table}.${k.from} -> ${k.parent}`);
  }
  expect(missing).toEqual([]);
});
