import { StringTable } from './stringTable';
import { TextArena } from './textArena';

/** A person holding a key: the person and the row (seq) that brought the key to it. */
export type Holding = readonly [person: number, seq: number];

/**
 * What the identity pass of one file remembers (see FileIdentity): persons and their current name
 * signatures, who holds which key, the consignees without a phone of each buyer, the pairs already
 * reported as possible matches, and the order numbers seen. Synchronous: the spilled store
 * (identitySpill.ts) loads from disk, before each batch of rows, exactly what that batch can ask.
 */
export interface IdentityStore {
  readonly persons: number;
  /** Bytes held in memory (for the bound beyond which the store moves to disk). */
  readonly memoryBytes: number;
  newPerson(signature: string): number;
  signature(person: number): string;
  rename(person: number, signature: string): void;
  /** Calls `visit` for each person holding the key, in the order they got it. */
  holders(key: string, visit: (person: number, seq: number) => void): void;
  addHolder(key: string, person: number, seq: number): void;
  /** The consignees without a phone of a buyer: (person, seq of the row that made it). */
  keyless(buyer: number): readonly Holding[];
  addKeyless(buyer: number, person: number, seq: number): void;
  /** Marks the pair (low, high) reported; false when it already was. */
  report(low: number, high: number): boolean;
  /** Adds an order number; false when it was already there (a duplicate order). */
  addOrder(orderNumber: string): boolean;
}

/**
 * The store in memory, small per person: keys and order numbers in StringTables, signatures in a
 * TextArena (UTF-8 off the JS heap), about 200–300 bytes per person in all.
 */
export class MemoryIdentityStore implements IdentityStore {
  readonly holdings = new StringTable();
  readonly orderNumbers = new StringTable();
  private readonly signatures = new TextArena();
  private readonly names: number[] = [];
  readonly keylessOf = new Map<number, Holding[]>();
  readonly reported = new Set<string>();

  get persons(): number {
    return this.names.length;
  }

  get memoryBytes(): number {
    return (
      this.holdings.memoryBytes +
      this.orderNumbers.memoryBytes +
      this.signatures.memoryBytes +
      this.names.length * 8 +
      this.reported.size * 64 +
      this.keylessOf.size * 96
    );
  }

  newPerson(signature: string): number {
    return this.names.push(this.signatures.push(signature)) - 1;
  }

  signature(person: number): string {
    return this.signatures.get(this.names[person] as number);
  }

  rename(person: number, signature: string): void {
    this.names[person] = this.signatures.push(signature);
  }

  holders(key: string, visit: (person: number, seq: number) => void): void {
    this.holdings.forEach(key, visit);
  }

  addHolder(key: string, person: number, seq: number): void {
    this.holdings.add(key, person, seq);
  }

  keyless(buyer: number): readonly Holding[] {
    return this.keylessOf.get(buyer) ?? [];
  }

  addKeyless(buyer: number, person: number, seq: number): void {
    const list = this.keylessOf.get(buyer);
    if (list) list.push([person, seq]);
    else this.keylessOf.set(buyer, [[person, seq]]);
  }

  report(low: number, high: number): boolean {
    const id = `${low}:${high}`;
    if (this.reported.has(id)) return false;
    this.reported.add(id);
    return true;
  }

  addOrder(orderNumber: string): boolean {
    return this.orderNumbers.addKey(orderNumber);
  }
}
