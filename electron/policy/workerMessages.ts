import type { Jurisdiction } from '../../shared/domain/common';
import type {
  ParseWarning,
  PolicyClause,
  PolicyFact,
  PolicySourceKind,
  UnrecognisedItem,
} from '../../shared/domain/policy';
import type { PolicyFileReason } from './policyFileError';

/** Main → policy worker: a file's bytes (or pasted text) to read, split and extract. */
export type PolicyWorkerTask =
  | { type: 'file'; bytes: Uint8Array; kind: Exclude<PolicySourceKind, 'pasted'>; jurisdiction: Jurisdiction }
  | { type: 'text'; text: string; jurisdiction: Jurisdiction };

export interface PolicyReading {
  text: string;
  clauses: PolicyClause[];
  warnings: ParseWarning[];
  facts: PolicyFact[];
  unrecognised: UnrecognisedItem[];
}

/** Policy worker → main. */
export type PolicyWorkerReply =
  { type: 'read'; reading: PolicyReading } | { type: 'failed'; reason: PolicyFileReason };
