import { z } from 'zod';
import { Id, optionalEmail, optionalText, requiredText } from './common';

export const SubjectQuery = z.object({
  organisationId: Id,
  search: z.string().max(500).default(''),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(200).default(50),
});
export type SubjectQuery = z.input<typeof SubjectQuery>;

/** How a person figures in an order: the buyer, or the consignee (another person who received it). */
export const SubjectRole = z.enum(['buyer', 'consignee']);
export type SubjectRole = z.infer<typeof SubjectRole>;

export const SubjectListItem = z.object({
  id: Id,
  fullName: z.string(),
  phones: z.array(z.string()),
  emails: z.array(z.string()),
  orders: z.number().int(),
  lastOrderAt: z.string().nullable(),
  roles: z.array(SubjectRole),
  /** Added by hand (a person who wrote in but is in no export). */
  manual: z.boolean(),
  /** Data blocked for the period of a check (a blocking request is open). */
  blocked: z.boolean(),
});
export type SubjectListItem = z.infer<typeof SubjectListItem>;

export const SubjectPage = z.object({
  items: z.array(SubjectListItem),
  /** Exact up to `totalCap`; `totalCapped` says the real number is larger. */
  total: z.number().int(),
  totalCapped: z.boolean(),
  offset: z.number().int(),
  limit: z.number().int(),
  /** Only digits, too few for a phone's tail (at least 4): order numbers were looked up, no phone. */
  searchTooShort: z.boolean(),
  /** Two common words in a rare combination: the look-up stopped before reading every candidate. */
  searchIncomplete: z.boolean(),
});

export const SubjectTransfer = z.object({
  orderExternalId: z.string(),
  orderedAt: z.string().nullable(),
  transferredOn: z.string().nullable(),
  basis: z.enum(['delivery', 'payment']),
  role: SubjectRole,
});

/** Why an order belongs to this subject (shared/ledger/IDENTITY.md). */
export const OrderMatch = z.object({
  kind: z.enum(['new', 'phone', 'email', 'name', 'manual', 'unknown']),
  /** The phone or e-mail that matched (as stored on the order). */
  key: z.string(),
  /** The earlier order that brought the key, when known. */
  viaOrder: z.string().nullable(),
  viaFile: z.string().nullable(),
  viaLine: z.number().nullable(),
});
export type OrderMatch = z.infer<typeof OrderMatch>;

export const SubjectOrder = z.object({
  id: Id,
  externalId: z.string(),
  source: z.string(),
  role: SubjectRole,
  orderedAt: z.string().nullable(),
  deliveryMethod: z.string(),
  paymentMethod: z.string(),
  /** The name, phone and e-mail written in this order for this person. */
  nameAsWritten: z.string(),
  phoneAsWritten: z.string(),
  emailAsWritten: z.string(),
  consigneeName: z.string(),
  /** As written, line breaks kept. */
  address: z.string(),
  fileName: z.string(),
  line: z.number(),
  match: OrderMatch,
});
export type SubjectOrder = z.infer<typeof SubjectOrder>;

export const PossibleMatch = z.object({
  id: Id,
  subjectId: Id,
  subjectName: z.string(),
  otherId: Id,
  otherName: z.string(),
  kind: z.string(),
  value: z.string(),
  orderExternalId: z.string().nullable(),
  fileName: z.string().nullable(),
  line: z.number().nullable(),
  status: z.enum(['open', 'merged', 'dismissed']),
  createdAt: z.string(),
});
export type PossibleMatch = z.infer<typeof PossibleMatch>;

export const SubjectChange = z.object({
  id: Id,
  kind: z.enum(['merge', 'split']),
  fromSubjectId: Id,
  fromName: z.string(),
  toSubjectId: Id,
  toName: z.string(),
  orders: z.number().int(),
  keys: z.number().int(),
  reason: z.string(),
  createdAt: z.string(),
  actorPerson: z.string(),
  undoneAt: z.string().nullable(),
});
export type SubjectChange = z.infer<typeof SubjectChange>;

export const SubjectCard = z.object({
  id: Id,
  organisationId: Id,
  fullName: z.string(),
  address: z.string(),
  phones: z.array(z.string()),
  emails: z.array(z.string()),
  firstOrderAt: z.string().nullable(),
  lastOrderAt: z.string().nullable(),
  origin: z.enum(['import', 'manual', 'split']),
  note: z.string(),
  /** Set when this subject was merged into another (the card then points there). */
  mergedInto: Id.nullable(),
  roles: z.array(SubjectRole),
  orders: z.array(SubjectOrder),
  ordersTotal: z.number().int(),
  recipients: z.array(
    z.object({
      recipientId: Id,
      legalName: z.string(),
      type: z.string(),
      country: z.string(),
      firstTransferOn: z.string().nullable(),
      lastTransferOn: z.string().nullable(),
      transfers: z.array(SubjectTransfer),
    }),
  ),
  possibleMatches: z.array(PossibleMatch),
  changes: z.array(SubjectChange),
});
export type SubjectCard = z.infer<typeof SubjectCard>;

/** A person added by hand: someone who wrote in but is in no export. */
export const NewSubject = z.object({
  organisationId: Id,
  fullName: requiredText(300),
  phone: optionalText(50),
  email: optionalEmail,
  address: optionalText(1000),
  note: optionalText(2000),
});
export type NewSubject = z.infer<typeof NewSubject>;

export const MergeSubjects = z.object({
  /** The subject that stays. */
  intoId: Id,
  /** The subject merged into it (kept, marked merged). */
  fromId: Id,
  reason: optionalText(1000),
  possibleMatchId: Id.nullable().default(null),
});

export const SplitSubject = z.object({
  fromId: Id,
  /** Orders (by id) moved, in whichever role the subject has in them. */
  orderIds: z.array(Id).max(10_000),
  keys: z.array(z.object({ kind: z.enum(['phone', 'email']), value: z.string().max(320) })).max(100),
  /** Move to this existing subject; null: to a new subject with `newName`. */
  toId: Id.nullable(),
  newName: optionalText(300),
  reason: optionalText(1000),
});

export const PossibleMatchQuery = z.object({
  organisationId: Id,
  status: z.enum(['open', 'merged', 'dismissed']).default('open'),
  /** Only pairs that share this kind of key; absent: every pair. */
  kind: z.enum(['phone', 'email']).optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(200).default(50),
});
