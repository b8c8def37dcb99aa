import { z } from 'zod';
import { optionalText } from './common';

/** ENISA 2013 DPC base by the type of data: simple 1, behavioural 2, financial 3, sensitive 4. */
export const DpcDataType = z.enum(['simple', 'behavioural', 'financial', 'sensitive']);
export type DpcDataType = z.infer<typeof DpcDataType>;

/**
 * Context adjustments of the DPC (ENISA 2013 §4.1); values in shared/breaches/enisa.ts
 * DPC_ADJUSTMENTS: volume +1, vulnerableSubjects +1, specialContext +1 (e.g. health shop),
 * lowVolume −1, publiclyAvailable −1, dataAlreadyKnown −1. The adjusted DPC is capped to 1–4.
 */
export const DpcAdjustment = z.enum([
  'volume',
  'vulnerableSubjects',
  'specialContext',
  'lowVolume',
  'publiclyAvailable',
  'dataAlreadyKnown',
]);
export type DpcAdjustment = z.infer<typeof DpcAdjustment>;

/** Ease of identification: negligible 0.25, limited 0.5, significant 0.75, maximum 1. */
export const EaseOfIdentification = z.enum(['negligible', 'limited', 'significant', 'maximum']);
export type EaseOfIdentification = z.infer<typeof EaseOfIdentification>;

/** Loss of confidentiality: none 0, known recipients +0.25, unknown or public +0.5. */
export const ConfidentialityLoss = z.enum(['none', 'knownRecipients', 'unknownOrPublic']);
/** Loss of integrity: none 0, recoverable +0.25, not recoverable +0.5. */
export const IntegrityLoss = z.enum(['none', 'recoverable', 'notRecoverable']);
/** Loss of availability: none 0, temporary +0.25, permanent +0.5. */
export const AvailabilityLoss = z.enum(['none', 'temporary', 'permanent']);

/** What the user chooses; the score is computed (shared/breaches/enisa.ts scoreSeverity). */
export const SeverityAssessment = z.object({
  dataType: DpcDataType,
  adjustments: z.array(DpcAdjustment).max(6).default([]),
  ease: EaseOfIdentification,
  confidentiality: ConfidentialityLoss.default('none'),
  integrity: IntegrityLoss.default('none'),
  availability: AvailabilityLoss.default('none'),
  malicious: z.boolean().default(false),
  /** Free-text justification of the choices. */
  comment: optionalText(4000),
});
export type SeverityAssessmentInput = z.input<typeof SeverityAssessment>;
export type SeverityAssessment = z.output<typeof SeverityAssessment>;

export const SeverityBand = z.enum(['low', 'medium', 'high', 'veryHigh']);
export type SeverityBand = z.infer<typeof SeverityBand>;

/** The result: the arithmetic is shown as text; the decision to notify stays with the user. */
export const SeverityResult = z.object({
  dpcBase: z.number(),
  /** Base + adjustments, before the cap. */
  dpcRaw: z.number(),
  /** Capped to 1–4. */
  dpc: z.number(),
  ei: z.number(),
  cb: z.number(),
  score: z.number(),
  band: SeverityBand,
  /** «SE = 3 × 0,75 + 0,5 = 2,75 → средняя». */
  arithmeticRu: z.string(),
  /** «SE = 3 × 0.75 + 0.5 = 2.75 → medium». */
  arithmeticEn: z.string(),
  /** One line per term: «DPC: финансовые данные 3, +1 большой объём = 4». */
  explanationRu: z.array(z.string()),
});
export type SeverityResult = z.infer<typeof SeverityResult>;

/** A stored assessment with its result and when / by whom it was made. */
export const BreachSeverity = z.object({
  assessment: SeverityAssessment,
  result: SeverityResult,
  assessedAt: z.string(),
  assessedBy: z.string(),
});
export type BreachSeverity = z.infer<typeof BreachSeverity>;
