import type { OrderRow, RowIssue } from '../../../shared/imports/fields';
import { namesCompatible } from '../../../shared/ledger/personName';
import { addressWords, nameTerms } from '../../../shared/ledger/searchTerms';
import { FileIdentity, type IdentitySink, type PersonKey, type Resolution } from './fileIdentity';
import type { StageWriter } from './stageWriter';
import { StringTable } from './stringTable';

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

/**
 * Puts mapped rows on the stage: the identity rule (buyer, then consignee), in-file duplicates
 * (listed with order number and line), address words.
 */
export class RowStager {
  private readonly identity: FileIdentity;
  private readonly orderNumbers = new StringTable();
  private seq = 0;

  constructor(
    private readonly stage: StageWriter,
    private readonly orderColumn: string,
  ) {
    this.identity = new FileIdentity(stageSink(stage));
  }

  get persons(): number {
    return this.identity.persons;
  }

  get memoryBytes(): number {
    return this.identity.memoryBytes + this.orderNumbers.memoryBytes;
  }

  issues(list: readonly RowIssue[], severity: 'error' | 'warning' | 'duplicate'): void {
    for (const i of list)
      this.stage.push('issues', [i.line, i.column ?? '', i.reason, i.value.slice(0, 500), severity]);
  }

  /** Returns false when the order number was already staged (a duplicate, listed). */
  add(row: OrderRow): boolean {
    if (!this.orderNumbers.addKey(row.externalOrderId)) {
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
