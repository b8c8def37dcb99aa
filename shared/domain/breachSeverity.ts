import { z } from 'zod';
import { optionalText } from './common';

/** ENISA 2013 DPC base by the type of data: simple 1, behavioural 2, financial 3, sensitive 4. */
export const DpcDataType = z.enum(['simple', 'behavioural', 'financial', 'sensitive']);
export type DpcDataType = z.infer<typeof DpcDataType>;

/**
 * Contextual factors of the DPC (ENISA 2013 §3.1 step 2 and Annex A.2). Increasing: the volume of
 * data about the same person, special characteristics of the controller (an online pharmacy's
 * customer list reveals health), special characteristics of the individuals (minors, undercover
 * officers). Decreasing: the data are known to be invalid or inaccurate, they were publicly available
 * before the breach, or their nature reveals less than their category. Each factor moves the base
 * score by the points the assessor gives it (Assessment Table 1 spans the whole 1–4 scale, so up to
 * ±3); the adjusted DPC is kept within 1–4.
 */
export const DpcFactor = z.enum([
  'volume',
  'controllerCharacteristics',
  'individualsCharacteristics',
  'invalidity',
  'publicAvailability',
  'natureOfData',
]);
export type DpcFactor = z.infer<typeof DpcFactor>;

/** Factors that can only raise the score; the others can only lower it. */
export const INCREASING_FACTORS: readonly DpcFactor[] = [
  'volume',
  'controllerCharacteristics',
  'individualsCharacteristics',
];

export const DpcFactorChoice = z
  .object({ factor: DpcFactor, points: z.number().int().min(-3).max(3) })
  .refine((c) => c.points !== 0 && c.points > 0 === INCREASING_FACTORS.includes(c.factor), {
    error: 'validation.breaches.factorDirection',
    path: ['points'],
  });
export type DpcFactorChoice = z.infer<typeof DpcFactorChoice>;

/** Assessments saved before the factor weights (one point each) read as the matching factor. */
const LEGACY_ADJUSTMENTS: Record<string, DpcFactorChoice> = {
  volume: { factor: 'volume', points: 1 },
  vulnerableSubjects: { factor: 'individualsCharacteristics', points: 1 },
  specialContext: { factor: 'controllerCharacteristics', points: 1 },
  lowVolume: { factor: 'natureOfData', points: -1 },
  publiclyAvailable: { factor: 'publicAvailability', points: -1 },
  dataAlreadyKnown: { factor: 'publicAvailability', points: -1 },
};

const fromLegacy = (value: unknown): unknown => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const v = value as Record<string, unknown>;
  if (!Array.isArray(v.adjustments) || v.factors !== undefined) return value;
  const factors = new Map<string, DpcFactorChoice>();
  for (const code of v.adjustments) {
    const choice = typeof code === 'string' ? LEGACY_ADJUSTMENTS[code] : undefined;
    if (choice && !factors.has(choice.factor)) factors.set(choice.factor, choice);
  }
  const rest = Object.fromEntries(Object.entries(v).filter(([key]) => key !== 'adjustments'));
  return { ...rest, factors: [...factors.values()] };
};

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
const SeverityAssessmentShape = z.object({
  dataType: DpcDataType,
  /** At most one choice per factor. */
  factors: z
    .array(DpcFactorChoice)
    .max(6)
    .default([])
    .refine((list) => new Set(list.map((c) => c.factor)).size === list.length, {
      error: 'validation.breaches.factorTwice',
    }),
  ease: EaseOfIdentification,
  confidentiality: ConfidentialityLoss.default('none'),
  integrity: IntegrityLoss.default('none'),
  availability: AvailabilityLoss.default('none'),
  malicious: z.boolean().default(false),
  /** Free-text justification of the choices. */
  comment: optionalText(4000),
});
export const SeverityAssessment = z.preprocess(fromLegacy, SeverityAssessmentShape);
export type SeverityAssessmentInput = z.input<typeof SeverityAssessmentShape>;
export type SeverityAssessment = z.output<typeof SeverityAssessmentShape>;

export const SeverityBand = z.enum(['low', 'medium', 'high', 'veryHigh']);
export type SeverityBand = z.infer<typeof SeverityBand>;

/** The result: the arithmetic is shown as text; the decision to notify stays with the user. */
export const SeverityResult = z.object({
  dpcBase: z.number(),
  /** Base + factor points, before the cap. */
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
  /** One line per term: «DPC: финансовые данные 3, +1 объём данных = 4». */
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
