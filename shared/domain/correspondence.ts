import { z } from 'zod';
import {
  Id,
  IsoDate,
  msg,
  optionalEmail,
  optionalIsoDate,
  optionalText,
  requiredText,
  whenStrings,
  whenObject,
} from './common';
import { DeadlineBasis, DeadlineUnit, ExtensionUnit } from '../deadlines';

/** What came in: a pre-trial claim, a data-subject request, a regulator's request or anything else. */
export const CorrespondenceKind = z.enum([
  'claim',
  'access',
  'correction',
  'blocking',
  'deletion',
  'consentWithdrawal',
  'objection',
  'regulatorRequest',
  'other',
]);
export type CorrespondenceKind = z.infer<typeof CorrespondenceKind>;

/** How the item was received. */
export const ReceivedVia = z.enum(['post', 'email', 'inPerson', 'website', 'other']);
export type ReceivedVia = z.infer<typeof ReceivedVia>;

/**
 * The workflow (shared/correspondence/statusWorkflow.ts): registered → inReview → answerDrafted →
 * answered → closed; `extended` and `paused` are set by recording an extension or a pause.
 */
export const CorrespondenceStatus = z.enum([
  'registered',
  'inReview',
  'answerDrafted',
  'answered',
  'closed',
  'extended',
  'paused',
]);
export type CorrespondenceStatus = z.infer<typeof CorrespondenceStatus>;

export const Currency = z.enum(['KGS', 'KZT', 'RUB']);
export type Currency = z.infer<typeof Currency>;

/** Largest amount accepted, in minor units (999 999 999 999.99). */
export const MAX_AMOUNT_MINOR = 99_999_999_999_999;

/**
 * The sender: a subject of the ledger (`subjectId`, same organisation) or a person or body entered by
 * hand. With a subject and an empty name, the subject's name, address, e-mail and phone are copied.
 */
export const SenderInput = z.object({
  subjectId: Id.nullable().default(null),
  name: optionalText(300),
  address: optionalText(500),
  email: optionalEmail,
  phone: optionalText(100),
});
export type SenderInput = z.input<typeof SenderInput>;

const orderNumber = z.string().trim().min(1, { error: msg.required }).max(100, { error: msg.tooLong });

const itemFields = {
  receivedDate: IsoDate,
  receivedVia: ReceivedVia,
  /** The sender's own number and date of the letter (regulators always give one); printed in «На № … от …». */
  senderRefNumber: optionalText(100),
  senderRefDate: optionalIsoDate,
  sender: SenderInput,
  /** Order numbers as written by the sender; matched against the ledger's orders for display. */
  orderNumbers: z.array(orderNumber).max(50).default([]),
  demands: optionalText(8000),
  /** Amount claimed, in minor units (tyiyn, tiyn, kopecks); null when no amount. */
  amountMinor: z.number().int().min(0).max(MAX_AMOUNT_MINOR).nullable().default(null),
  currency: Currency.nullable().default(null),
  responsible: optionalText(200),
  notes: optionalText(8000),
};

/** Runs even when other fields failed (so the form shows every problem at once): check the types. */
const amountNeedsCurrency = (v: { amountMinor: unknown; currency: unknown }, ctx: z.RefinementCtx): void => {
  if (typeof v.amountMinor === 'number' && (v.currency === null || v.currency === undefined))
    ctx.addIssue({ code: 'custom', path: ['currency'], message: msg.choose });
};

/** Registration of an incoming item; the number, status and deadline are assigned by the main process. */
export const CorrespondenceInput = z
  .object({
    organisationId: Id,
    kind: CorrespondenceKind,
    ...itemFields,
    /** A rule id from `deadlines:rules`; empty: the default rule of the kind (the policy's claim rule for claims). */
    ruleId: z.string().trim().max(100).default(''),
    /** Date of the start event when it is not the receipt (e.g. the proof of a correction); empty: receivedDate. */
    startDate: optionalIsoDate,
  })
  .superRefine(amountNeedsCurrency, { when: whenObject })
  .superRefine(
    (v, ctx) => {
      if (v.senderRefDate !== '' && v.senderRefDate > v.receivedDate)
        ctx.addIssue({ code: 'custom', path: ['senderRefDate'], message: 'validation.dateAfterReceipt' });
    },
    { when: whenStrings('senderRefDate', 'receivedDate') },
  );
export type CorrespondenceInput = z.input<typeof CorrespondenceInput>;
export type CorrespondenceData = z.output<typeof CorrespondenceInput>;

/**
 * Editable fields after registration. Kind, organisation and number are fixed; changing the received
 * date, the rule or the start date recomputes the deadline.
 */
export const CorrespondenceUpdate = z.object({
  id: Id,
  data: z
    .object({
      ...itemFields,
      ruleId: z.string().trim().max(100).default(''),
      startDate: optionalIsoDate,
    })
    .superRefine(amountNeedsCurrency, { when: whenObject }),
});
export type CorrespondenceUpdate = z.input<typeof CorrespondenceUpdate>;
export type CorrespondenceUpdateData = z.output<typeof CorrespondenceUpdate>['data'];

export const Sender = z.object({
  subjectId: Id.nullable(),
  name: z.string(),
  address: z.string(),
  email: z.string(),
  phone: z.string(),
});
export type Sender = z.infer<typeof Sender>;

/** An order number of the item and, when the ledger has it, the order found. */
export const RelatedOrder = z.object({
  number: z.string(),
  orderId: Id.nullable(),
  orderedAt: z.string().nullable(),
  source: z.string().nullable(),
  subjectId: Id.nullable(),
});
export type RelatedOrder = z.infer<typeof RelatedOrder>;

export const DeadlineWarningDto = z.object({ code: z.string(), textRu: z.string(), textEn: z.string() });
export type DeadlineWarningDto = z.infer<typeof DeadlineWarningDto>;

/** The stored deadline: the engine's basis (rule, citation, calendar version, one-sentence explanations). */
export const ItemDeadline = z.object({
  ruleId: z.string(),
  ruleTitleRu: z.string(),
  ruleTitleEn: z.string(),
  /** The rule is not confirmed at the primary source: the UI shows "verify". */
  ruleVerify: z.boolean(),
  basis: DeadlineBasis,
  /** The last day before any extension, and the non-working day it was moved from (if any). */
  originalDueDate: IsoDate,
  shiftedFrom: IsoDate.nullable(),
  warnings: z.array(DeadlineWarningDto),
  computedAt: z.string(),
});
export type ItemDeadline = z.infer<typeof ItemDeadline>;

export const ItemExtension = z.object({
  id: Id,
  amount: z.number().int(),
  unit: ExtensionUnit,
  reason: z.string(),
  grantedOn: IsoDate,
  createdAt: z.string(),
});
export const ItemPause = z.object({
  id: Id,
  from: IsoDate,
  /** Last paused day (included); null while the pause runs (counted up to today). */
  to: IsoDate.nullable(),
  reason: z.string(),
  createdAt: z.string(),
});
export const ItemAttachment = z.object({
  id: Id,
  fileName: z.string(),
  sha256: z.string(),
  size: z.number().int(),
  attachedAt: z.string(),
});

/**
 * How the requester's identity was checked before their personal data are disclosed (an access
 * answer, the «Сведения» sheet): a signed letter with passport details, in person, an e-mail address
 * the ledger already knows for this subject, or a representative with a power of attorney. Sending a
 * person's data to an impostor is itself a breach.
 */
export const IdentityMethod = z.enum([
  'signedLetterWithPassport',
  'inPerson',
  'knownEmail',
  'representativeWithPoa',
]);
export type IdentityMethod = z.infer<typeof IdentityMethod>;

export const IdentityVerificationInput = z.object({
  id: Id,
  method: IdentityMethod,
  /** Who checked it (name and position). */
  verifiedBy: requiredText(200),
  /** When it was checked (not after today). */
  verifiedOn: IsoDate,
  /** The document seen, the power of attorney's number and date… */
  note: optionalText(1000),
});
export type IdentityVerificationInput = z.input<typeof IdentityVerificationInput>;

export const IdentityVerification = z.object({
  method: IdentityMethod,
  verifiedBy: z.string(),
  verifiedOn: IsoDate,
  note: z.string(),
  /** When and by which OS user it was recorded. */
  recordedAt: z.string(),
  recordedBy: z.string(),
});
export type IdentityVerification = z.infer<typeof IdentityVerification>;

export const CorrespondenceItem = z.object({
  id: Id,
  organisationId: Id,
  /** Registration number as printed, e.g. «12-П/2026»; `seq` and `year` are its parts. */
  number: z.string(),
  seq: z.number().int(),
  year: z.number().int(),
  kind: CorrespondenceKind,
  receivedDate: IsoDate,
  receivedVia: ReceivedVia,
  senderRefNumber: z.string(),
  senderRefDate: z.string(),
  sender: Sender,
  orderNumbers: z.array(z.string()),
  orders: z.array(RelatedOrder),
  demands: z.string(),
  amountMinor: z.number().int().nullable(),
  currency: Currency.nullable(),
  /** «1 500 (одна тысяча пятьсот) сом 00 тыйын», or '' without an amount. */
  amountInWords: z.string(),
  responsible: z.string(),
  notes: z.string(),
  status: CorrespondenceStatus,
  /** Date of the start event (receivedDate unless set). */
  startDate: IsoDate,
  deadline: ItemDeadline,
  dueDate: IsoDate,
  extensions: z.array(ItemExtension),
  pauses: z.array(ItemPause),
  attachments: z.array(ItemAttachment),
  /** The sender (or, before linking, this item) has an active block: flag wherever shown. */
  blocked: z.boolean(),
  /** The requester's identity check; null until recorded. */
  identity: IdentityVerification.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CorrespondenceItem = z.infer<typeof CorrespondenceItem>;

export const SetStatusInput = z.object({ id: Id, status: CorrespondenceStatus });

export const ExtendInput = z.object({
  id: Id,
  amount: z.number().int().positive().max(365),
  /** Must be the rule's extension unit; the total may not exceed the rule's extension. */
  unit: ExtensionUnit,
  reason: requiredText(500),
  grantedOn: IsoDate,
});

export const PauseInput = z
  .object({
    id: Id,
    from: IsoDate,
    /** Empty: the pause runs until `correspondence:resume`. */
    to: optionalIsoDate,
    reason: requiredText(500),
  })
  .refine((p) => p.to === '' || p.to >= p.from, { error: msg.date, path: ['to'] });

export const ResumeInput = z.object({ id: Id, to: IsoDate });
export const LinkSubjectInput = z.object({ id: Id, subjectId: Id.nullable() });
export const AttachmentRef = z.object({ attachmentId: Id });

export { DeadlineUnit };
