import { fullerName, nameSignature, namesCompatible } from '../../../shared/ledger/personName';
import { MemoryIdentityStore, type IdentityStore } from './identityStore';

export type KeyKind = 'phone' | 'email';
export interface PersonKey {
  kind: KeyKind;
  value: string;
}

/** Why a row's person is the person it was assigned to (see shared/ledger/IDENTITY.md). */
export interface Resolution {
  /** The file person: an index, dense, in order of first appearance. */
  person: number;
  /** `name`: a consignee without a phone, the same name as an earlier consignee of the same buyer. */
  match: 'new' | KeyKind | 'name';
  /** Row (seq) that brought the matched key to the person; -1 for a new person. */
  matchSeq: number;
}

/** Where the identity pass writes what it decides (the stage). */
export interface IdentitySink {
  person(person: number, name: string, signature: string, seq: number): void;
  renamed(person: number, name: string, signature: string): void;
  key(person: number, key: PersonKey, seq: number): void;
  possibleMatch(person: number, other: number, key: PersonKey, seq: number): void;
}

/** A key as the store holds it: `p` or `e`, then the normalised value. */
export const keyText = (key: PersonKey) => `${key.kind === 'phone' ? 'p' : 'e'}${key.value}`;

/**
 * The identity rule within one file, in file order: a person joins an earlier person of the file only
 * when a key matches and the names are compatible; a key match with an incompatible name makes a new
 * person and a possible match. What it remembers lives in an IdentityStore: in memory (names as
 * signatures — a signature's words are the name's words, which is all the rule compares), or on disk
 * once the file has more persons than memory should hold (identitySpill.ts). The rule is the same.
 */
export class FileIdentity {
  constructor(
    private readonly sink: IdentitySink,
    private store: IdentityStore = new MemoryIdentityStore(),
  ) {}

  get persons(): number {
    return this.store.persons;
  }

  get memoryBytes(): number {
    return this.store.memoryBytes;
  }

  /** Goes on with another store that holds what this one held (the spilled store). */
  useStore(store: IdentityStore): void {
    this.store = store;
  }

  /** A person with keys (or none: a person of its own). */
  resolve(name: string, keys: readonly PersonKey[], seq: number): Resolution {
    const signature = nameSignature(name);
    const texts = keys.map(keyText);
    let best = -1;
    let bestKey: PersonKey | null = null;
    let bestSeq = -1;
    // Allocated only when a key is already held (a repeat buyer): most rows bring new keys.
    let incompatible: [number, PersonKey][] | null = null;
    let compatible: Set<number> | null = null;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as PersonKey;
      this.store.holders(texts[k] as string, (person, firstSeq) => {
        if (!this.compatible(person, signature)) {
          (incompatible ??= []).push([person, key]);
          return;
        }
        (compatible ??= new Set()).add(person);
        if (best < 0 || person < best) [best, bestKey, bestSeq] = [person, key, firstSeq];
      });
    }
    if (best < 0) {
      const person = this.create(name, signature, seq);
      for (let k = 0; k < keys.length; k++)
        this.addKey(person, keys[k] as PersonKey, texts[k] as string, seq);
      for (const [other, key] of (incompatible as [number, PersonKey][] | null) ?? [])
        this.report(person, other, key, seq);
      return { person, match: 'new', matchSeq: -1 };
    }
    for (const other of (compatible as Set<number> | null) ?? [])
      if (other !== best && bestKey) this.report(best, other, bestKey, seq);
    for (let k = 0; k < keys.length; k++) {
      let held = false;
      this.store.holders(texts[k] as string, (person) => (held ||= person === best));
      if (!held) this.addKey(best, keys[k] as PersonKey, texts[k] as string, seq);
    }
    this.rename(best, name, signature);
    return { person: best, match: (bestKey as PersonKey | null)?.kind ?? 'phone', matchSeq: bestSeq };
  }

  /** A consignee without a phone: one person per buyer and compatible name within the file. */
  resolveKeyless(buyer: number, name: string, seq: number): Resolution {
    const signature = nameSignature(name);
    const found = this.store.keyless(buyer).find(([p]) => this.compatible(p, signature));
    if (found !== undefined) return { person: found[0], match: 'name', matchSeq: found[1] };
    const person = this.create(name, signature, seq);
    this.store.addKeyless(buyer, person, seq);
    return { person, match: 'new', matchSeq: -1 };
  }

  /** Whether a name is the person's (compatible with the name the person has now). */
  compatibleWith(person: number, name: string): boolean {
    return this.compatible(person, nameSignature(name));
  }

  private compatible(person: number, signature: string): boolean {
    if (signature === '') return true;
    const own = this.store.signature(person);
    return own === '' || own === signature || namesCompatible(own, signature);
  }

  private create(name: string, signature: string, seq: number): number {
    const person = this.store.newPerson(signature);
    this.sink.person(person, name, signature, seq);
    return person;
  }

  private rename(person: number, name: string, signature: string): void {
    if (signature === '') return;
    const own = this.store.signature(person);
    if (own === signature || (own !== '' && fullerName(own, signature) === own)) return;
    this.store.rename(person, signature);
    this.sink.renamed(person, name, signature);
  }

  private addKey(person: number, key: PersonKey, text: string, seq: number): void {
    this.store.addHolder(text, person, seq);
    this.sink.key(person, key, seq);
  }

  private report(person: number, other: number, key: PersonKey, seq: number): void {
    if (this.store.report(Math.min(person, other), Math.max(person, other)))
      this.sink.possibleMatch(person, other, key, seq);
  }
}
