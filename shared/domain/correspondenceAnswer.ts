import { z } from 'zod';
import { Id, IsoDate, optionalIsoDate, optionalText, requiredText } from './common';
import { ReceivedVia } from './correspondence';
import { DataCategory, LegalBasis, RecipientRole } from './recipient';

/** The decision an answer carries; each has its template per kind (shared/documents/answerTemplates.ts). */
export const AnswerDecision = z.enum([
  'satisfied',
  'partlySatisfied',
  'refused',
  'moreInformation',
  'accessAnswer',
]);
export type AnswerDecision = z.infer<typeof AnswerDecision>;

/** Final decisions close the question: sending one moves the item to `answered`. */
export const FINAL_DECISIONS: readonly AnswerDecision[] = [
  'satisfied',
  'partlySatisfied',
  'refused',
  'accessAnswer',
];

/**
 * The editable text of a letter, in the order printed. Paragraphs are separated by blank lines; a line
 * starting with «— » or «- » is a list item. The template fills the defaults; text in [square
 * brackets] marks what the user still has to write.
 */
export const AnswerBlocks = z.object({
  /** «Уважаемый …!» — empty: no salutation. */
  salutation: optionalText(200),
  /** The claim: date, incoming number, orders, demands, amount. */
  summary: optionalText(8000),
  /** Facts established. */
  facts: optionalText(8000),
  /** The decision (satisfied / partly / refused / more information / access). */
  decision: optionalText(8000),
  /** Legal grounds: policy clauses and law articles. */
  grounds: optionalText(8000),
  /** What will be done and by when. */
  actions: optionalText(8000),
  /** Further remedies (court clause, regulator). */
  remedies: optionalText(8000),
  /** «Приложение: …» lines; empty: no attachments note. */
  attachments: optionalText(2000),
});
export type AnswerBlocks = z.output<typeof AnswerBlocks>;

export const AnswerState = z.enum(['draft', 'registered', 'sent']);
export type AnswerState = z.infer<typeof AnswerState>;

/** One recipient of the subject's data, from the ledger (transfers of their orders) and the register. */
export const AccessRecipient = z.object({
  recipientId: Id,
  legalName: z.string(),
  country: z.string(),
  address: z.string(),
  role: RecipientRole,
  legalBasis: LegalBasis,
  purposes: z.string(),
  dataCategories: z.array(DataCategory),
  crossBorder: z.boolean(),
  transfers: z.number().int(),
  firstTransfer: z.string().nullable(),
  lastTransfer: z.string().nullable(),
});
export type AccessRecipient = z.infer<typeof AccessRecipient>;

/** What the ledger knows about the sender, listed in an access answer (stored with the answer). */
export const AccessReport = z.object({
  generatedAt: z.string(),
  subjectId: Id.nullable(),
  name: z.string(),
  phones: z.array(z.string()),
  emails: z.array(z.string()),
  addresses: z.array(z.string()),
  orderCount: z.number().int(),
  firstOrder: z.string().nullable(),
  lastOrder: z.string().nullable(),
  recipients: z.array(AccessRecipient),
  /** Union of the recipients' data categories. */
  dataCategories: z.array(DataCategory),
  /** Distinct purposes of the recipients. */
  purposes: z.array(z.string()),
});
export type AccessReport = z.infer<typeof AccessReport>;

/** Fields of a letter the user edits. */
export const AnswerEdit = z.object({
  decision: AnswerDecision,
  /** Addressee as printed top right, e.g. «Асанову Б. К.» (the template puts the sender's name as entered). */
  addresseeName: requiredText(300),
  addresseeAddress: optionalText(500),
  /** «О рассмотрении претензии от 05.11.2026 № 12-П/2026». */
  heading: requiredText(500),
  blocks: AnswerBlocks,
  signatoryPosition: optionalText(200),
  signatoryName: optionalText(200),
  executorName: optionalText(200),
  executorContact: optionalText(200),
  /** Access answers: rebuild the ledger extract (recipients, categories) on save. */
  refreshAccessReport: z.boolean().default(false),
});
export type AnswerEditInput = z.input<typeof AnswerEdit>;
export type AnswerEditData = z.output<typeof AnswerEdit>;

export const SentRecord = z.object({
  sentDate: IsoDate,
  channel: ReceivedVia,
  /** SHA-256 of the frozen PDF (hex) and its size; the file is <data folder>/documents/<sha256>.pdf. */
  pdfSha256: z.string(),
  pdfSize: z.number().int(),
  pdfPath: z.string(),
  sentAt: z.string(),
});

export const Answer = z.object({
  id: Id,
  itemId: Id,
  organisationId: Id,
  /** Id of version 1 of this letter; versions of one letter share it. */
  chainId: Id,
  version: z.number().int(),
  /** The sent version this one replaces (null for version 1). */
  supersedesId: Id.nullable(),
  /** The newest version of its letter. */
  latest: z.boolean(),
  state: AnswerState,
  /** Assigned by `answers:register` (or when sent): each version is a separate outgoing letter. */
  outgoingNumber: z.string().nullable(),
  outgoingDate: IsoDate.nullable(),
  ...AnswerEdit.omit({ refreshAccessReport: true }).shape,
  blocks: AnswerBlocks,
  accessReport: AccessReport.nullable(),
  sent: SentRecord.nullable(),
  /** The privacy policy version whose clauses the letter cites (kept when it is sent and frozen). */
  policyVersionId: Id.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Answer = z.infer<typeof Answer>;

export const AnswerCreate = z.object({ itemId: Id, decision: AnswerDecision });
export const AnswerUpdate = z.object({ id: Id, data: AnswerEdit });
export const AnswerList = z.object({ itemId: Id });
export const AnswerRegister = z.object({
  id: Id,
  /** Date of the outgoing letter; empty: today in the organisation's time zone. */
  date: optionalIsoDate,
});
export const AnswerMarkSent = z.object({ id: Id, sentDate: IsoDate, channel: ReceivedVia });
export const AnswerTemplateQuery = z.object({ id: Id, decision: AnswerDecision });

export const PdfVerification = z.object({
  ok: z.boolean(),
  storedSha256: z.string(),
  actualSha256: z.string().nullable(),
});
