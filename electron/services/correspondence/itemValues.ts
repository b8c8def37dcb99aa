import type { z } from 'zod';
import type { CorrespondenceKind, SenderInput } from '../../../shared/domain/correspondence';
import { chooseRule } from '../../../shared/correspondence/kindRules';
import { DomainError } from '../../../shared/ipc/result';
import type { Queryable } from '../../db/connection';
import { findSubject, subjectKeys } from '../../db/repositories/correspondenceLedgerRepository';
import type { ItemValues } from '../../db/repositories/correspondenceRepository';
import type { OrganisationScope } from './scope';

type Sender = z.output<typeof SenderInput>;

const invalid = (field: string, key: string) =>
  new DomainError('VALIDATION', 'errors.validation', { [field]: [key] });

/**
 * The sender as stored: a linked subject must belong to the organisation; empty fields are filled
 * from the subject (name, address, first e-mail and phone). A sender needs at least a name.
 */
export const resolveSender = async (q: Queryable, organisationId: number, s: Sender): Promise<Sender> => {
  let sender = s;
  if (s.subjectId !== null) {
    const subject = await findSubject(q, s.subjectId);
    if (!subject || subject.organisation_id !== organisationId)
      throw invalid('sender.subjectId', 'errors.notFound');
    const keys = await subjectKeys(q, subject.id);
    sender = {
      subjectId: subject.id,
      name: s.name || subject.full_name,
      address: s.address || subject.address,
      email: s.email || (keys.find((k) => k.kind === 'email')?.value ?? ''),
      phone: s.phone || (keys.find((k) => k.kind === 'phone')?.value ?? ''),
    };
  }
  if (sender.name.trim() === '') throw invalid('sender.name', 'validation.required');
  return sender;
};

/**
 * A receipt (or start) date after the organisation's today is a typo: refused next to the field
 * (today itself is allowed). Nothing is registered, so no number is used up.
 */
export const refuseFutureDates = (f: { receivedDate: string; startDate: string }, today: string): void => {
  if (f.receivedDate > today) throw invalid('receivedDate', 'validation.correspondence.dateInFuture');
  if (f.startDate !== '' && f.startDate > today)
    throw invalid('startDate', 'validation.correspondence.dateInFuture');
};

/** The rule for the item, or a field error when the chosen rule does not fit the kind. */
export const resolveRule = (scope: OrganisationScope, kind: CorrespondenceKind, ruleId: string) => {
  const choice = chooseRule(scope.rules, kind, scope.org.jurisdiction, ruleId);
  if (!choice) throw invalid('ruleId', 'validation.correspondence.ruleNotForKind');
  return choice.rule;
};

export interface ItemFields {
  receivedDate: string;
  receivedVia: string;
  senderRefNumber: string;
  senderRefDate: string;
  orderNumbers: string[];
  demands: string;
  amountMinor: number | null;
  currency: string | null;
  responsible: string;
  notes: string;
  startDate: string;
}

export const itemValues = (kind: string, f: ItemFields, sender: Sender, ruleId: string): ItemValues => ({
  kind,
  receivedDate: f.receivedDate,
  receivedVia: f.receivedVia,
  senderRefNumber: f.senderRefNumber,
  senderRefDate: f.senderRefDate || null,
  subjectId: sender.subjectId,
  senderName: sender.name,
  senderAddress: sender.address,
  senderEmail: sender.email,
  senderPhone: sender.phone,
  orderNumbers: JSON.stringify([...new Set(f.orderNumbers)]),
  demands: f.demands,
  amountMinor: f.amountMinor,
  currency: f.amountMinor === null ? null : f.currency,
  responsible: f.responsible,
  notes: f.notes,
  ruleId,
  startDate: f.startDate || f.receivedDate,
});
