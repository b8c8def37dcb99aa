import { z } from 'zod';
import { Id, Instant, optionalText, requiredText, whenObject } from './common';
import { DataCategory, SubjectCategory } from './recipient';
import { BreachSeverity, SeverityAssessment } from './breachSeverity';
import { BreachClock, BreachNotification } from './breachClock';
import { BreachScope } from './breachScope';

/**
 * The workflow (shared/breaches/statusWorkflow.ts): open → contained → notified → closed.
 * Allowed steps: open → contained | notified | closed; contained → notified | closed;
 * notified → closed. `closed` is final. A forbidden step is CONFLICT errors.breaches.transition.
 */
export const BreachStatus = z.enum(['open', 'contained', 'notified', 'closed']);
export type BreachStatus = z.infer<typeof BreachStatus>;

/** An ISO 8601 UTC instant with time, e.g. 2026-03-02T09:15:00.000Z (the UI shows it in the org's zone). */
export { Instant };

const count = z.number().int().min(0).max(1_000_000_000).nullable().default(null);

/** Editable facts of an incident (GDPR art. 33(3) / 152-FZ art. 21 p. 3.1 contents). */
const incidentFields = {
  /** When the operator detected the incident («выявление»): start of the RU, KZ and KG clocks. */
  detectedAt: Instant,
  /** When the organisation became aware it is a personal-data breach: start of the GDPR 72 h clock. */
  becameAwareAt: Instant,
  detectedBy: requiredText(200),
  description: requiredText(8000),
  dataCategories: z.array(DataCategory).max(20).default([]),
  subjectCategories: z.array(SubjectCategory).max(20).default([]),
  /** Approximate numbers; `approxSubjects` is replaced by the saved scope's count when a scope is saved. */
  approxSubjects: count,
  approxRecords: count,
  /** Recipients of the register involved (same organisation). */
  recipientIds: z.array(Id).max(100).default([]),
  /** Systems involved, free text (one per entry): «CRM», «сайт istore.kg». */
  systems: z.array(requiredText(200)).max(50).default([]),
  presumedCauses: optionalText(8000),
  likelyConsequences: optionalText(8000),
  measuresTaken: optionalText(8000),
  /** Results of the internal investigation (RU 72-hour notice). */
  investigationResults: optionalText(8000),
  /** Persons whose actions caused the incident, if established (RU 72-hour notice). */
  personsResponsible: optionalText(2000),
  /** Person authorised to deal with the regulator: name, position, phone / e-mail. */
  contactName: optionalText(200),
  contactPosition: optionalText(200),
  contactPhone: optionalText(100),
  contactEmail: optionalText(200),
  notes: optionalText(8000),
};

const awareNotBeforeDetection = (
  v: { detectedAt: unknown; becameAwareAt: unknown },
  ctx: z.RefinementCtx,
) => {
  if (
    typeof v.detectedAt === 'string' &&
    typeof v.becameAwareAt === 'string' &&
    v.becameAwareAt < v.detectedAt
  )
    ctx.addIssue({
      code: 'custom',
      path: ['becameAwareAt'],
      message: 'validation.breaches.awareBeforeDetected',
    });
};

/** Registration: number «ИНЦ-{seq}/{yyyy}» (per organisation, year of detectedAt in its zone), status open. */
export const BreachInput = z
  .object({ organisationId: Id, ...incidentFields })
  .superRefine(awareNotBeforeDetection, { when: whenObject });
export type BreachInput = z.input<typeof BreachInput>;
export type BreachData = z.output<typeof BreachInput>;

/** Edits (not organisation / number / status); new instants recompute the clocks. */
export const BreachUpdate = z.object({
  id: Id,
  data: z.object(incidentFields).superRefine(awareNotBeforeDetection, { when: whenObject }),
});
export type BreachUpdate = z.input<typeof BreachUpdate>;
export type BreachUpdateData = z.output<typeof BreachUpdate>['data'];

export const BreachSetStatus = z.object({ id: Id, status: BreachStatus });

/** The user's decision whether to notify (the app never decides), with its reason. */
export const BreachDecisionInput = z.object({
  id: Id,
  notify: z.boolean(),
  reason: requiredText(2000),
});
export const BreachDecision = z.object({
  notify: z.boolean(),
  reason: z.string(),
  decidedAt: z.string(),
  decidedBy: z.string(),
});
export type BreachDecision = z.infer<typeof BreachDecision>;

export const BreachSeverityInput = z.object({ id: Id, assessment: SeverityAssessment });

export const BreachAttachment = z.object({
  id: Id,
  fileName: z.string(),
  sha256: z.string(),
  size: z.number().int(),
  attachedAt: z.string(),
});
export const BreachAttachmentRef = z.object({ attachmentId: Id });

export const BreachRecipientRef = z.object({ id: Id, name: z.string() });

export const BreachIncident = z.object({
  id: Id,
  organisationId: Id,
  organisationName: z.string(),
  /** «ИНЦ-3/2026»; `seq` and `year` are its parts. */
  number: z.string(),
  seq: z.number().int(),
  year: z.number().int(),
  /** The organisation's jurisdiction and IANA zone (correspondence settings) used for clocks and display. */
  jurisdiction: z.enum(['KG', 'KZ', 'RU']),
  timeZone: z.string(),
  detectedAt: z.string(),
  becameAwareAt: z.string(),
  detectedBy: z.string(),
  description: z.string(),
  dataCategories: z.array(DataCategory),
  subjectCategories: z.array(SubjectCategory),
  approxSubjects: z.number().int().nullable(),
  approxRecords: z.number().int().nullable(),
  recipientIds: z.array(Id),
  /** Names of `recipientIds` from the register, same order. */
  recipients: z.array(BreachRecipientRef),
  systems: z.array(z.string()),
  presumedCauses: z.string(),
  likelyConsequences: z.string(),
  measuresTaken: z.string(),
  investigationResults: z.string(),
  personsResponsible: z.string(),
  contactName: z.string(),
  contactPosition: z.string(),
  contactPhone: z.string(),
  contactEmail: z.string(),
  notes: z.string(),
  status: BreachStatus,
  /** Null until assessed. */
  severity: BreachSeverity.nullable(),
  decision: BreachDecision.nullable(),
  /** Clocks of the jurisdiction (plus GDPR when opted in), computed on read as of now. */
  clocks: z.array(BreachClock),
  notifications: z.array(BreachNotification),
  scope: BreachScope.nullable(),
  attachments: z.array(BreachAttachment),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type BreachIncident = z.infer<typeof BreachIncident>;
