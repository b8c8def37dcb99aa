import type { OrderRow, RowIssue } from '../../../shared/imports/fields';
import { namesCompatible } from '../../../shared/ledger/personName';
import { addressWords, nameTerms } from '../../../shared/ledger/searchTerms';
import type { Connection } from '../../db/connection';
import { FileIdentity, keyText, type IdentitySink, type PersonKey, type Resolution } from './fileIdentity';
import { SpilledIdentityStore } from './identitySpill';
import { MemoryIdentityStore } from './identityStore';
import type { StageWriter } from './stageWriter';

export const addressOf = (row: OrderRow): string =>
  [row.address.line, row.address.city, row.address.country].filter(Boolean).join(', ');

/**
 * SQL builds the name look-up terms from the signature (its words, split at spaces inside a JSON array
 * literal): only a name whose words would not make valid JSON text is staged word by word.
 */
const splittable = (signature: string): boolean => {
  for (let i = 0; i < signature.length; i++) if (signature.charCodeAt(i) < 0x20) return false;
  return true;
};

/**
 * The identity decisions go to the stage as they are taken. Look-up terms are not staged: the import
 * derives them set-based (name words from signatures, phone tails from the keys), so the scan hands over
 * a few values per person instead of one row per word.
 */
const stageSink = (stage: StageWriter): IdentitySink => {
  const unsplittable = (person: number, name: string, signature: string) => {
    if (!splittable(signature)) for (const term of nameTerms(name)) stage.push('terms', [term, person]);
  };
  return {
    person: (person, name, signature, seq) => {
      stage.push('persons', [person, name, signature, seq]);
      unsplittable(person, name, signature);
    },
    renamed: (person, name, signature) => {
      stage.push('renames', [person, name, signature]);
      unsplittable(person, name, signature);
    },
    key: (person, key, seq) => stage.push('person_keys', [seq, person, key.kind, key.value]),
    possibleMatch: (person, other, key, seq) =>
      stage.push('person_matches', [person, other, key.kind, key.value, seq]),
  };
};

/** Where the identity tables go once they outgrow memory, and when. */
export interface IdentityBounds {
  /** The stage's connection: identity moves into it (identitySpill.ts). */
  spillTo: Connection;
  /** Bytes the identity tables may hold in memory before they move to disk. */
  memoryBytes: number;
  /** On disk, rows decided per batch (one load and one save each). */
  batchRows: number;
}

/** The keys a row may bring (a superset of what the rule asks for): what a batch loads from disk. */
const keysOf = (row: OrderRow): string[] => {
  const keys: string[] = [];
  if (row.buyer.phone) keys.push(keyText({ kind: 'phone', value: row.buyer.phone }));
  if (row.buyer.email) keys.push(keyText({ kind: 'email', value: row.buyer.email }));
  if (row.consignee?.phone) keys.push(keyText({ kind: 'phone', value: row.consignee.phone }));
  return keys;
};

/**
 * Puts mapped rows on the stage: the identity rule (buyer, then consignee), in-file duplicates
 * (listed with order number and line), address words. Identity starts in memory; once its tables pass
 * `bounds.memoryBytes` they move to the stage file and rows are decided a batch at a time in
 * `settle()` (same rule, same order), so a file of a million distinct buyers fits the worker's cap.
 * `decided` learns each row's outcome (staged, or a duplicate order) in file order.
 */
export class RowStager {
  private readonly identity: FileIdentity;
  private memory: MemoryIdentityStore | null;
  private spilled: SpilledIdentityStore | null = null;
  private pending: OrderRow[] = [];
  private seq = 0;

  constructor(
    private readonly stage: StageWriter,
    private readonly orderColumn: string,
    private readonly decided: (row: OrderRow, staged: boolean) => void,
    private readonly bounds: IdentityBounds,
  ) {
    const memory = new MemoryIdentityStore();
    this.memory = memory;
    this.identity = new FileIdentity(stageSink(stage), memory);
  }

  get persons(): number {
    return this.identity.persons;
  }

  /** Rows wait to be decided on disk: call settle() now. */
  get full(): boolean {
    return this.pending.length >= this.bounds.batchRows;
  }

  add(row: OrderRow): void {
    if (this.memory !== null && this.memory.memoryBytes <= this.bounds.memoryBytes)
      this.decided(row, this.stageRow(row));
    else this.pending.push(row);
  }

  /** Decides the rows waiting (moving identity to disk first when it outgrew memory). */
  async settle(): Promise<void> {
    if (this.pending.length === 0) return;
    if (this.memory !== null) {
      this.spilled = await SpilledIdentityStore.from(this.bounds.spillTo, this.memory);
      this.identity.useStore(this.spilled);
      this.memory = null;
    }
    const spilled = this.spilled as SpilledIdentityStore;
    const rows = this.pending;
    this.pending = [];
    await spilled.load(
      rows.flatMap(keysOf),
      rows.map((r) => r.externalOrderId),
    );
    for (const row of rows) this.decided(row, this.stageRow(row));
    await spilled.save();
  }

  issues(list: readonly RowIssue[], severity: 'error' | 'warning' | 'duplicate'): void {
    for (const i of list)
      this.stage.push('issues', [i.line, i.column ?? '', i.reason, i.value.slice(0, 500), severity]);
  }

  /** Returns false when the order number was already staged (a duplicate, listed). */
  private stageRow(row: OrderRow): boolean {
    if (!(this.spilled ?? (this.memory as MemoryIdentityStore)).addOrder(row.externalOrderId)) {
      this.issues(
        [
          {
            line: row.line,
            column: this.orderColumn,
            reason: 'import.duplicateOrder',
            value: row.externalOrderId,
          },
        ],
        'warning',
      );
      return false;
    }
    const seq = this.seq++;
    const { buyer, consignee } = row;
    const buyerName = buyer.fullName ?? '';
    const samePerson =
      consignee === null || !consignee.fullName || namesCompatible(buyerName, consignee.fullName);
    const keys: PersonKey[] = [];
    if (buyer.phone) keys.push({ kind: 'phone', value: buyer.phone });
    if (buyer.email) keys.push({ kind: 'email', value: buyer.email });
    if (samePerson && consignee?.phone && consignee.phone !== buyer.phone)
      keys.push({ kind: 'phone', value: consignee.phone });
    const b = this.identity.resolve(buyerName, keys, seq);
    let c: Resolution | null = null;
    if (!samePerson && consignee?.fullName) {
      c = consignee.phone
        ? this.identity.resolve(consignee.fullName, [{ kind: 'phone', value: consignee.phone }], seq)
        : this.identity.resolveKeyless(b.person, consignee.fullName, seq);
      if (c.person === b.person) c = null;
    }
    const address = addressOf(row);
    const delivery = row.deliveryMethod ?? '';
    const payment = row.paymentMethod ?? '';
    this.stage.push('rows', [
      seq,
      row.line,
      row.externalOrderId,
      row.orderDate,
      b.person,
      b.match,
      b.matchSeq < 0 ? null : b.matchSeq,
      c?.person ?? null,
      c?.match ?? null,
      c === null || c.matchSeq < 0 ? null : c.matchSeq,
      buyerName,
      buyer.phone ?? '',
      buyer.email ?? '',
      consignee?.fullName ?? '',
      consignee?.phone ?? '',
      address,
      delivery,
      payment,
      addressWords(address).join(' '),
    ]);
    return true;
  }
}
