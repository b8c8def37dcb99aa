import { z } from 'zod';
import { Id, IsoDate, Jurisdiction, msg, requiredText, storableText } from './common';
import { DataCategory, RecipientType } from './recipient';

export { PolicyFinding, PolicyProblem } from './recipient';

/**
 * One numbered clause of a policy version. `start`/`end` are offsets into the version's stored text
 * (the text itself is never changed: a wrong split is fixed by moving these boundaries).
 */
export const PolicyClause = z.object({
  /** Unique within the version: the number («4.1.10»), or «§2/1» under an unnumbered section. */
  id: z.string(),
  /** The number as the policy means it, fully qualified («4.1» for «1.» restarting under section 4). */
  number: z.string(),
  /**
   * Id of the unnumbered section («§2», «II») whose own numbering restarts at 1 and that this number
   * counts in; '' when the number is absolute.
   */
  scope: z.string(),
  /** The label as written («8.2 .», «п. 4.4», «**4.1.**»), for display. */
  label: z.string(),
  /** How the clause is cited after «п.»: «8.2», or «1 раздела «Цели обработки»». Empty: not citable. */
  ref: z.string(),
  parentId: z.string().nullable(),
  level: z.number().int().min(0),
  /** A section heading (all capitals, a Markdown heading or a bold line). */
  heading: z.boolean(),
  start: z.number().int().min(0),
  /** Where the text after the label starts. */
  bodyStart: z.number().int().min(0),
  end: z.number().int().min(0),
  /** Normalised text without the label: wrapped lines joined, list items on their own lines. */
  text: z.string(),
});
export type PolicyClause = z.infer<typeof PolicyClause>;

export const PREAMBLE_ID = 'preamble';

export const ParseWarningCode = z.enum(['gap', 'duplicate', 'outOfOrder', 'noClauses']);
export type ParseWarningCode = z.infer<typeof ParseWarningCode>;

export const ParseWarning = z.object({
  code: ParseWarningCode,
  clauseId: z.string().nullable(),
  /** The number expected or found, for the message («4.1.4»). */
  detail: z.string(),
});
export type ParseWarning = z.infer<typeof ParseWarning>;

/** What a purpose is about; the same classifier reads the policy and a recipient's purposes. */
export const PurposeKind = z.enum([
  'account',
  'orderFulfilment',
  'delivery',
  'payment',
  'support',
  'security',
  'marketing',
  'advertising',
  'analytics',
  'partnerServices',
  'legalObligation',
]);
export type PurposeKind = z.infer<typeof PurposeKind>;

export const PeriodUnit = z.enum(['calendarDays', 'workingDays', 'weeks', 'months']);
export type PeriodUnit = z.infer<typeof PeriodUnit>;

export const FactFlag = z.enum(['storageLimitation', 'lawCourtMismatch', 'foreignLaw', 'unitAssumed']);
export type FactFlag = z.infer<typeof FactFlag>;

const factBase = {
  /** Stable within a version: type, value and clause. */
  id: z.string(),
  clauseId: z.string(),
  /** Citation form of the clause («5.2»). */
  ref: z.string(),
  /** The words the fact was read from. */
  quote: z.string(),
  flags: z.array(FactFlag),
  /** The officer's decision; proposals start accepted and may be rejected before confirming. */
  accepted: z.boolean(),
  /** Read from the text by the extraction, or stated by the officer for a clause it did not read. */
  origin: z.enum(['extracted', 'officer']).default('extracted'),
  /** An officer's fact that corrects an extracted one: that fact's id (it is rejected). */
  corrects: z.string().optional(),
};

export const PolicyFact = z.discriminatedUnion('type', [
  z.object({ type: z.literal('dataCategory'), value: DataCategory, ...factBase }),
  z.object({ type: z.literal('purpose'), value: PurposeKind, ...factBase }),
  z.object({ type: z.literal('consentPurpose'), value: PurposeKind, ...factBase }),
  z.object({ type: z.literal('recipientKind'), value: RecipientType, ...factBase }),
  z.object({ type: z.literal('stateBodyCountry'), value: Jurisdiction, ...factBase }),
  z.object({ type: z.literal('claimProcedure'), value: z.literal('mandatory'), ...factBase }),
  z.object({
    type: z.literal('claimPeriod'),
    value: z.string(),
    amount: z.number().int().positive(),
    unit: PeriodUnit,
    ...factBase,
  }),
  z.object({ type: z.literal('blockingPromise'), value: z.literal('onRequest'), ...factBase }),
  z.object({ type: z.literal('informingPromise'), value: z.literal('lossOrDisclosure'), ...factBase }),
  z.object({ type: z.literal('retention'), value: z.enum(['unlimited', 'limited']), ...factBase }),
  z.object({ type: z.literal('applicableLaw'), value: Jurisdiction, ...factBase }),
  z.object({ type: z.literal('courts'), value: Jurisdiction.or(z.literal('unspecified')), ...factBase }),
]);
export type PolicyFact = z.infer<typeof PolicyFact>;
export type PolicyFactType = PolicyFact['type'];

/** Areas the extraction reports on; an area with nothing found is reported too. */
export const FactArea = z.enum([
  'dataCategories',
  'purposes',
  'recipients',
  'claim',
  'blocking',
  'informing',
  'retention',
  'law',
  'courts',
]);
export type FactArea = z.infer<typeof FactArea>;

/** Something the extraction saw and did not recognise (clauseId null: nothing found for the area). */
export const UnrecognisedItem = z.object({
  area: FactArea,
  clauseId: z.string().nullable(),
  ref: z.string(),
  text: z.string(),
});
export type UnrecognisedItem = z.infer<typeof UnrecognisedItem>;

export const PolicyStatus = z.enum(['draft', 'confirmed', 'withdrawn']);
export type PolicyStatus = z.infer<typeof PolicyStatus>;

export const PolicySourceKind = z.enum(['txt', 'md', 'docx', 'html', 'pdf', 'pasted']);
export type PolicySourceKind = z.infer<typeof PolicySourceKind>;

export const PolicyVersionSummary = z.object({
  id: Id,
  organisationId: Id,
  /** 1, 2, … per organisation in loading order. */
  seq: z.number().int(),
  effectiveDate: IsoDate,
  title: z.string(),
  status: PolicyStatus,
  sourceKind: PolicySourceKind,
  fileName: z.string(),
  /** SHA-256 of the loaded file's bytes (of the UTF-8 text when pasted). */
  sourceSha256: z.string(),
  sourceSize: z.number().int(),
  loadedAt: z.string(),
  loadedByOs: z.string(),
  loadedByPerson: z.string(),
  confirmedAt: z.string().nullable(),
  confirmedByOs: z.string(),
  confirmedByPerson: z.string(),
  clauseCount: z.number().int(),
  /** The confirmed version in force today. */
  inForce: z.boolean(),
});
export type PolicyVersionSummary = z.infer<typeof PolicyVersionSummary>;

export const PolicyVersion = PolicyVersionSummary.extend({
  text: z.string(),
  clauses: z.array(PolicyClause),
  warnings: z.array(ParseWarning),
  facts: z.array(PolicyFact),
  unrecognised: z.array(UnrecognisedItem),
});
export type PolicyVersion = z.infer<typeof PolicyVersion>;

const policyTitle = requiredText(300);

/** Load from a file chosen in the main process's dialog (the renderer never sends a path). */
export const PolicyLoadFile = z.object({
  organisationId: Id,
  effectiveDate: IsoDate,
  title: policyTitle,
});
export type PolicyLoadFile = z.input<typeof PolicyLoadFile>;

export const POLICY_TEXT_MAX = 400_000;

export const PolicyLoadText = PolicyLoadFile.extend({
  text: storableText()
    .max(POLICY_TEXT_MAX, { error: msg.tooLong })
    .refine((t) => t.trim() !== '', { error: msg.required }),
});
export type PolicyLoadText = z.input<typeof PolicyLoadText>;

const clauseNumber = z
  .string()
  .trim()
  .regex(/^\d{1,3}(\.\d{1,3}){0,5}$/, { error: 'validation.policy.clauseNumber' });

/** Fixes of a wrong split, on a draft only. */
export const ClauseEdit = z.discriminatedUnion('op', [
  /** Cuts the clause at `at` (an offset inside it); the part after becomes clause `number`. */
  z.object({
    op: z.literal('split'),
    clauseId: z.string(),
    at: z.number().int().min(0),
    number: clauseNumber,
  }),
  /** Joins the clause to the one before it (its label becomes text). */
  z.object({ op: z.literal('merge'), clauseId: z.string() }),
  z.object({ op: z.literal('renumber'), clauseId: z.string(), number: clauseNumber }),
]);
export type ClauseEdit = z.infer<typeof ClauseEdit>;

export const PolicyEditClauses = z.object({ versionId: Id, edit: ClauseEdit });
export const PolicySetFact = z.object({ versionId: Id, factId: z.string(), accepted: z.boolean() });
export const PolicyVersionRef = z.object({ versionId: Id });
export const PolicyList = z.object({ organisationId: Id });
