import { insertRows } from '../../db/batchInsert';
import type { Connection } from '../../db/connection';
import type { Holding, IdentityStore, MemoryIdentityStore } from './identityStore';

/**
 * The identity store on disk, in the stage's SQLite file, for files with more persons than memory
 * should hold. `ord` keeps the order in which holders (and a buyer's keyless consignees) were added.
 */
const SPILL_SCHEMA = `
CREATE TABLE identity_orders (number TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE identity_holders (key TEXT NOT NULL, ord INTEGER NOT NULL, person INTEGER NOT NULL,
  seq INTEGER NOT NULL, PRIMARY KEY (key, ord)) WITHOUT ROWID;
CREATE TABLE identity_names (person INTEGER PRIMARY KEY, signature TEXT NOT NULL);
CREATE TABLE identity_keyless (buyer INTEGER NOT NULL, ord INTEGER NOT NULL, person INTEGER NOT NULL,
  seq INTEGER NOT NULL, PRIMARY KEY (buyer, ord)) WITHOUT ROWID;
CREATE TABLE identity_reported (low INTEGER NOT NULL, high INTEGER NOT NULL, PRIMARY KEY (low, high)) WITHOUT ROWID;
`;

/** Rows written per insertRows call while moving the memory store to disk (bounded JS memory). */
const DUMP_ROWS = 20_000;

const ids = (values: Iterable<number>) => JSON.stringify([...values]);

/**
 * An IdentityStore on disk that answers synchronously for one batch of rows at a time: `load` reads
 * everything the batch can ask (its keys' holders, those persons' names, keyless consignees and
 * reported pairs, its order numbers), the identity rule runs on the batch in memory, and `save`
 * writes what it added. A question about something not loaded is a bug, and fails loudly rather
 * than deciding wrongly.
 */
export class SpilledIdentityStore implements IdentityStore {
  readonly memoryBytes = 0;
  private count: number;
  private ord: number;
  private firstNew = 0;
  private orders = new Map<string, boolean>();
  private holdings = new Map<string, Holding[]>();
  private names = new Map<number, string>();
  private keylessOf = new Map<number, Holding[]>();
  private loaded = new Set<number>();
  private reported = new Set<string>();
  private added = this.nothingAdded();

  private constructor(
    private readonly db: Connection,
    persons: number,
    ord: number,
  ) {
    this.count = persons;
    this.ord = ord;
  }

  /** Moves what the memory store holds to the stage file; the memory store can then be dropped. */
  static async from(db: Connection, memory: MemoryIdentityStore): Promise<SpilledIdentityStore> {
    await db.exec(SPILL_SCHEMA);
    const write = async (table: string, columns: string[], rows: Iterable<unknown[]>) => {
      let chunk: unknown[][] = [];
      for (const row of rows) {
        chunk.push(row);
        if (chunk.length >= DUMP_ROWS) {
          await insertRows(db, table, columns, chunk, { trusted: true });
          chunk = [];
        }
      }
      await insertRows(db, table, columns, chunk, { trusted: true });
    };
    const holders = memory.holdings.valueCount;
    let ord = holders;
    await write(
      'identity_orders',
      ['number'],
      map(memory.orderNumbers.keyList(), (n) => [n]),
    );
    await write(
      'identity_holders',
      ['key', 'ord', 'person', 'seq'],
      map(memory.holdings.entries(), ([key, person, seq, link]) => [key, link, person, seq]),
    );
    await write(
      'identity_names',
      ['person', 'signature'],
      map(range(memory.persons), (p) => [p, memory.signature(p)]),
    );
    const keyless: unknown[][] = [];
    for (const [buyer, list] of memory.keylessOf)
      for (const [person, seq] of list) keyless.push([buyer, ord++, person, seq]);
    await write('identity_keyless', ['buyer', 'ord', 'person', 'seq'], keyless);
    await write(
      'identity_reported',
      ['low', 'high'],
      map(memory.reported, (id) => id.split(':').map(Number)),
    );
    return new SpilledIdentityStore(db, memory.persons, ord);
  }

  get persons(): number {
    return this.count;
  }

  /**
   * Reads what a batch with these keys (see keyText) and order numbers can ask. Texts are matched by
   * their position in the list sent, never by the text SQLite hands back.
   */
  async load(batchKeys: Iterable<string>, batchOrderNumbers: Iterable<string>): Promise<void> {
    const keys = [...new Set(batchKeys)];
    const orderNumbers = [...new Set(batchOrderNumbers)];
    this.orders = new Map(orderNumbers.map((n) => [n, false]));
    for (const { i } of await this.db.all<{ i: number }>(
      `SELECT j.key AS i FROM json_each(?) j WHERE j.value IN (SELECT number FROM identity_orders)`,
      [JSON.stringify(orderNumbers)],
    ))
      this.orders.set(orderNumbers[i] as string, true);
    this.holdings = new Map(keys.map((k) => [k, []]));
    this.loaded = new Set();
    for (const h of await this.db.all<{ i: number; person: number; seq: number }>(
      `SELECT j.key AS i, h.person, h.seq FROM json_each(?) j JOIN identity_holders h ON h.key = j.value
       ORDER BY j.key, h.ord`,
      [JSON.stringify(keys)],
    )) {
      this.holdings.get(keys[h.i] as string)?.push([h.person, h.seq]);
      this.loaded.add(h.person);
    }
    this.keylessOf = new Map([...this.loaded].map((p) => [p, []]));
    const consignees: number[] = [];
    for (const k of await this.db.all<{ buyer: number; person: number; seq: number }>(
      `SELECT buyer, person, seq FROM identity_keyless WHERE buyer IN (SELECT value FROM json_each(?))
       ORDER BY buyer, ord`,
      [ids(this.loaded)],
    )) {
      this.keylessOf.get(k.buyer)?.push([k.person, k.seq]);
      consignees.push(k.person);
    }
    for (const p of consignees) this.loaded.add(p);
    this.names = new Map();
    for (const n of await this.db.all<{ person: number; signature: string }>(
      `SELECT person, signature FROM identity_names WHERE person IN (SELECT value FROM json_each(?))`,
      [ids(this.loaded)],
    ))
      this.names.set(n.person, n.signature);
    this.reported = new Set();
    for (const r of await this.db.all<{ low: number; high: number }>(
      `SELECT low, high FROM identity_reported WHERE low IN (SELECT value FROM json_each(:persons))
       AND high IN (SELECT value FROM json_each(:persons))`,
      { persons: ids(this.loaded) },
    ))
      this.reported.add(`${r.low}:${r.high}`);
    this.firstNew = this.count;
    this.added = this.nothingAdded();
  }

  /** Writes what the batch added (plain statements: the stage has no journal to protect). */
  async save(): Promise<void> {
    const { orders, holders, names, keyless, reported } = this.added;
    await insertRows(this.db, 'identity_orders', ['number'], orders, { trusted: true });
    await insertRows(this.db, 'identity_holders', ['key', 'ord', 'person', 'seq'], holders, {
      trusted: true,
    });
    await this.db.run(
      `INSERT INTO identity_names (person, signature) SELECT value ->> 0, value ->> 1 FROM json_each(?)
       WHERE true ON CONFLICT (person) DO UPDATE SET signature = excluded.signature`,
      [JSON.stringify([...names].map((p) => [p, this.signature(p)]))],
    );
    await insertRows(this.db, 'identity_keyless', ['buyer', 'ord', 'person', 'seq'], keyless, {
      trusted: true,
    });
    await insertRows(this.db, 'identity_reported', ['low', 'high'], reported, { trusted: true });
    this.added = this.nothingAdded();
  }

  newPerson(signature: string): number {
    const person = this.count++;
    this.names.set(person, signature);
    this.added.names.add(person);
    return person;
  }

  signature(person: number): string {
    const signature = this.names.get(person);
    if (signature === undefined) throw notLoaded('person', person);
    return signature;
  }

  rename(person: number, signature: string): void {
    this.signature(person);
    this.names.set(person, signature);
    this.added.names.add(person);
  }

  holders(key: string, visit: (person: number, seq: number) => void): void {
    const list = this.holdings.get(key);
    if (list === undefined) throw notLoaded('key', key);
    for (const [person, seq] of list) visit(person, seq);
  }

  addHolder(key: string, person: number, seq: number): void {
    const list = this.holdings.get(key);
    if (list === undefined) throw notLoaded('key', key);
    list.push([person, seq]);
    this.added.holders.push([key, this.ord++, person, seq]);
  }

  keyless(buyer: number): readonly Holding[] {
    const list = this.keylessOf.get(buyer) ?? (buyer >= this.firstNew ? [] : undefined);
    if (list === undefined) throw notLoaded('buyer', buyer);
    return list;
  }

  addKeyless(buyer: number, person: number, seq: number): void {
    const list = [...this.keyless(buyer), [person, seq] as const];
    this.keylessOf.set(buyer, list);
    this.added.keyless.push([buyer, this.ord++, person, seq]);
  }

  report(low: number, high: number): boolean {
    for (const p of [low, high]) if (p < this.firstNew && !this.loaded.has(p)) throw notLoaded('person', p);
    const id = `${low}:${high}`;
    if (this.reported.has(id)) return false;
    this.reported.add(id);
    this.added.reported.push([low, high]);
    return true;
  }

  addOrder(orderNumber: string): boolean {
    const known = this.orders.get(orderNumber);
    if (known === undefined) throw notLoaded('order', orderNumber);
    if (known) return false;
    this.orders.set(orderNumber, true);
    this.added.orders.push([orderNumber]);
    return true;
  }

  private nothingAdded() {
    return {
      orders: [] as unknown[][],
      holders: [] as unknown[][],
      names: new Set<number>(),
      keyless: [] as unknown[][],
      reported: [] as unknown[][],
    };
  }
}

const notLoaded = (what: string, which: unknown) =>
  new Error(`identity spill: ${what} ${String(which)} was not loaded for this batch`);

function* map<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

function* range(n: number): Generator<number> {
  for (let i = 0; i < n; i++) yield i;
}
