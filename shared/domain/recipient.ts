import { z } from 'zod';
import {
  CountryCode,
  Id,
  Timestamps,
  msg,
  optionalEmail,
  optionalIsoDate,
  optionalText,
  requiredText,
  whenStrings,
} from './common';
import { registrationNumberError } from './registrationNumber';

export const RecipientType = z.enum(['courier', 'postal', 'bank', 'telecom', 'state', 'analytics', 'other']);
export type RecipientType = z.infer<typeof RecipientType>;

/** Processor on the operator's instruction / independent operator / state body acting by law. */
export const RecipientRole = z.enum(['processor', 'independent', 'stateBody']);
export type RecipientRole = z.infer<typeof RecipientRole>;

export const LegalBasis = z.enum(['contract', 'law', 'consent']);
export type LegalBasis = z.infer<typeof LegalBasis>;

export const RecipientStatus = z.enum(['active', 'suspended', 'ended']);
export type RecipientStatus = z.infer<typeof RecipientStatus>;

export const DataCategory = z.enum([
  'fullName',
  'phone',
  'email',
  'deliveryAddress',
  'residence',
  'orderHistory',
  'paymentData',
  'onlineIdentifiers',
  'nationalId',
]);
export type DataCategory = z.infer<typeof DataCategory>;

export const SubjectCategory = z.enum(['customers', 'consignees', 'siteUsers', 'subscribers']);
export type SubjectCategory = z.infer<typeof SubjectCategory>;

export const ProcessingOperation = z.enum([
  'collection',
  'recording',
  'storage',
  'use',
  'transfer',
  'blocking',
  'deletion',
  'destruction',
]);
export type ProcessingOperation = z.infer<typeof ProcessingOperation>;

export const AdequacyStatus = z.enum(['unknown', 'adequate', 'notAdequate']);
export const TransferStatus = z.enum(['notNotified', 'notified', 'allowed', 'restricted', 'prohibited']);

/**
 * Clauses an instruction (поручение) to a processor may have to contain; which ones each law asks
 * for is shared/recipients/instructionRequisites.ts (RU 152-FZ art. 6 p. 3, KZ Law 94-V, KG Law 58
 * art. 17). Each flag records that the contract actually contains the clause.
 */
export const InstructionRequisite = z.enum([
  'listsData',
  'listsOperationsAndPurposes',
  'confidentialityAndSecurity',
  'localisation',
  'localisationKz',
  'proofOfMeasuresOnRequest',
  'incidentNotification',
  'securityGuarantees',
  'organisationalMeasures',
]);
export type InstructionRequisite = z.infer<typeof InstructionRequisite>;

export const InstructionChecklist = z.object({
  listsData: z.boolean().default(false),
  listsOperationsAndPurposes: z.boolean().default(false),
  confidentialityAndSecurity: z.boolean().default(false),
  localisation: z.boolean().default(false),
  localisationKz: z.boolean().default(false),
  proofOfMeasuresOnRequest: z.boolean().default(false),
  incidentNotification: z.boolean().default(false),
  securityGuarantees: z.boolean().default(false),
  organisationalMeasures: z.boolean().default(false),
});
export type InstructionChecklist = z.infer<typeof InstructionChecklist>;
export const EMPTY_INSTRUCTION: InstructionChecklist = InstructionChecklist.parse({});

export const RecipientInput = z
  .object({
    organisationId: Id,
    type: RecipientType,
    legalName: requiredText(300),
    registrationNumber: optionalText(40),
    country: CountryCode,
    address: optionalText(500),
    contactPerson: optionalText(200),
    phone: optionalText(100),
    email: optionalEmail,
    role: RecipientRole,
    legalBasis: LegalBasis,
    purposes: requiredText(2000),
    dataCategories: z.array(DataCategory).min(1, { error: msg.choose }),
    subjectCategories: z.array(SubjectCategory).default([]),
    operations: z.array(ProcessingOperation).default([]),
    retention: optionalText(1000),
    contractNumber: optionalText(100),
    contractDate: optionalIsoDate,
    /** The contract or instruction ends (a fixed term); empty: open-ended. Shown in «Сроки». */
    contractEndDate: optionalIsoDate,
    instruction: InstructionChecklist.default(EMPTY_INSTRUCTION),
    adequacy: AdequacyStatus.default('unknown'),
    infoObtainedDate: optionalIsoDate,
    transferNoticeDate: optionalIsoDate,
    transferNoticeNumber: optionalText(100),
    transferStatus: TransferStatus.default('notNotified'),
    subjectNoticeMethod: optionalText(500),
    subjectNoticeDate: optionalIsoDate,
    reviewDate: optionalIsoDate,
    status: RecipientStatus.default('active'),
    notes: optionalText(4000),
  })
  .superRefine(
    (r, ctx) => {
      const problem = registrationNumberError(r.country, r.registrationNumber);
      if (problem) ctx.addIssue({ code: 'custom', path: ['registrationNumber'], message: problem });
    },
    { when: whenStrings('country', 'registrationNumber') },
  )
  .superRefine(
    (r, ctx) => {
      if (r.contractDate.trim() === '' && r.contractNumber.trim() !== '') {
        ctx.addIssue({ code: 'custom', path: ['contractDate'], message: 'validation.contractDateRequired' });
      }
    },
    { when: whenStrings('contractNumber', 'contractDate') },
  )
  .superRefine(
    (r, ctx) => {
      if (r.contractEndDate !== '' && r.contractDate !== '' && r.contractEndDate < r.contractDate)
        ctx.addIssue({
          code: 'custom',
          path: ['contractEndDate'],
          message: 'validation.contractEndBeforeStart',
        });
    },
    { when: whenStrings('contractDate', 'contractEndDate') },
  );
export type RecipientInput = z.input<typeof RecipientInput>;
export type RecipientData = z.output<typeof RecipientInput>;

export const StoredFile = z.object({
  fileName: z.string(),
  sha256: z.string(),
  size: z.number().int(),
  attachedAt: z.string(),
});
export type StoredFile = z.infer<typeof StoredFile>;

/** Problems of a recipient against the policy in force (listed with the register's other problems). */
export const PolicyProblem = z.enum([
  'policyKind',
  'policyStateCountry',
  'policyConsent',
  'policyData',
  'policyPurpose',
]);
export type PolicyProblem = z.infer<typeof PolicyProblem>;

export const PolicyFinding = z.object({
  problem: PolicyProblem,
  /** The clause(s) of the policy the recipient contradicts («5.2, 5.3»). */
  ref: z.string(),
  /** What is outside the policy: the kind, the country, the basis, data categories or purposes (codes). */
  items: z.array(z.string()),
});
export type PolicyFinding = z.infer<typeof PolicyFinding>;

/** Problems of the register; each has one rule in shared/recipients/problems.ts and one SQL filter. */
export const RegisterProblem = z.enum([
  'noContract',
  'reviewOverdue',
  'noTransferNotice',
  'instructionIncomplete',
  'contractEnded',
]);
export type RegisterProblem = z.infer<typeof RegisterProblem>;

/** A recipient's problems as listed: the register's own and those against the policy in force. */
export const RecipientProblem = z.enum([...RegisterProblem.options, ...PolicyProblem.options]);
export type RecipientProblem = z.infer<typeof RecipientProblem>;

export const Recipient = z.object({
  id: Id,
  ...z.object({
    organisationId: Id,
    type: RecipientType,
    legalName: z.string(),
    registrationNumber: z.string(),
    country: z.string(),
    address: z.string(),
    contactPerson: z.string(),
    phone: z.string(),
    email: z.string(),
    role: RecipientRole,
    legalBasis: LegalBasis,
    purposes: z.string(),
    dataCategories: z.array(DataCategory),
    subjectCategories: z.array(SubjectCategory),
    operations: z.array(ProcessingOperation),
    retention: z.string(),
    contractNumber: z.string(),
    contractDate: z.string(),
    contractEndDate: z.string(),
    instruction: InstructionChecklist,
    adequacy: AdequacyStatus,
    infoObtainedDate: z.string(),
    transferNoticeDate: z.string(),
    transferNoticeNumber: z.string(),
    transferStatus: TransferStatus,
    subjectNoticeMethod: z.string(),
    subjectNoticeDate: z.string(),
    reviewDate: z.string(),
    status: RecipientStatus,
    notes: z.string(),
  }).shape,
  crossBorder: z.boolean(),
  contractFile: StoredFile.nullable(),
  /** Why it was archived (asked when archiving); null while it is in the register. */
  archiveReason: z.string().nullable(),
  problems: z.array(RecipientProblem),
  /** The policy-versus-register problems with the clauses they contradict (shared/policy/registerCheck.ts). */
  policyFindings: z.array(PolicyFinding),
  ...Timestamps.shape,
});
export type Recipient = z.infer<typeof Recipient>;

export const RecipientSort = z.enum(['legalName', 'type', 'country', 'reviewDate', 'updatedAt']);

export const RecipientQuery = z.object({
  organisationId: Id,
  search: z.string().trim().max(200).default(''),
  types: z.array(RecipientType).default([]),
  country: z.string().max(2).default(''),
  status: RecipientStatus.or(z.literal('')).default(''),
  crossBorder: z.enum(['', 'yes', 'no']).default(''),
  problemsOnly: z.boolean().default(false),
  /** Review date within REVIEW_DUE_WITHIN_DAYS days from today, or already passed. */
  reviewDue: z.boolean().default(false),
  archived: z.boolean().default(false),
  /** Local date used for "review date passed"; the renderer sends the user's today. */
  today: z.string().default(''),
  sort: RecipientSort.default('legalName'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});
export type RecipientQuery = z.input<typeof RecipientQuery>;

/** «Пересмотр в ближайшие 30 дней»: how far ahead the register's review-due filter looks. */
export const REVIEW_DUE_WITHIN_DAYS = 30;

/** Archiving asks why; the reason is kept on the record and in the audit entry. */
export const RecipientArchive = z.object({ id: Id, reason: requiredText(500) });
export type RecipientArchive = z.input<typeof RecipientArchive>;

export const RecipientUpdate = z.object({ id: Id, data: RecipientInput });
export type RecipientQueryParsed = z.output<typeof RecipientQuery>;
