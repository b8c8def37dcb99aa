import { Connection, type Queryable } from './connection';
import { migrations } from './migrations';

/** Table name -> column names. */
export type TableShape = Map<string, string[]>;

const cache = new Map<number, Promise<TableShape>>();

/** Tables and columns of a database (SQLite's own tables left out). */
export const tableShape = async (q: Queryable): Promise<TableShape> => {
  const tables = await q.all<{ name: string }>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  );
  const shape: TableShape = new Map();
  for (const { name } of tables) {
    const columns = await q.all<{ name: string }>(`SELECT name FROM pragma_table_info(:table)`, {
      table: name,
    });
    shape.set(
      name,
      columns.map((c) => c.name),
    );
  }
  return shape;
};

/** The tables and columns the app's migrations 1..version create (built once, in memory). */
export const expectedSchema = (version: number): Promise<TableShape> => {
  let shape = cache.get(version);
  if (!shape) {
    shape = (async () => {
      const conn = await Connection.open(':memory:');
      try {
        for (const m of migrations.filter((x) => x.version <= version)) await conn.exec(m.sql);
        return await tableShape(conn);
      } finally {
        await conn.close();
      }
    })();
    cache.set(version, shape);
  }
  return shape;
};

/** Expected tables (or columns, as `table.column`) missing from a database. */
export const missingFromSchema = (expected: TableShape, actual: TableShape): string[] => {
  const missing: string[] = [];
  for (const [table, columns] of expected) {
    const found = actual.get(table);
    if (!found) missing.push(table);
    else for (const c of columns) if (!found.includes(c)) missing.push(`${table}.${c}`);
  }
  return missing;
};
