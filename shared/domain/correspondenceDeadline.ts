import { z } from 'zod';
import { Id, IsoDate, optionalIsoDate } from './common';
import { CorrespondenceKind, DeadlineWarningDto } from './correspondence';
import { DeadlineBasis, DeadlineUnit, ExtensionUnit, StartEvent } from '../deadlines';

/** A deadline rule the user may choose for an item (`deadlines:rules`). */
export const RuleOption = z.object({
  ruleId: z.string(),
  titleRu: z.string(),
  titleEn: z.string(),
  /** Citation with the organisation's policy clause filled in («п. 8.2 Политики»). */
  citation: z.string(),
  amount: z.number().int(),
  unit: DeadlineUnit,
  startEvent: StartEvent,
  extension: z.object({ amount: z.number().int(), unit: ExtensionUnit, condition: z.string() }).nullable(),
  verify: z.boolean(),
  isDefault: z.boolean(),
  /** No statutory rule for this kind in the country: the policy's answer period is offered instead. */
  fallback: z.boolean(),
});
export type RuleOption = z.infer<typeof RuleOption>;

export const RulesQuery = z.object({ organisationId: Id, kind: CorrespondenceKind });

/** The due date an item would get, before registering it (the form shows it live). */
export const DeadlinePreviewInput = z.object({
  organisationId: Id,
  kind: CorrespondenceKind,
  ruleId: z.string().trim().max(100).default(''),
  receivedDate: IsoDate,
  startDate: optionalIsoDate,
});

export const DeadlinePreview = z.object({
  basis: DeadlineBasis,
  originalDueDate: IsoDate,
  shiftedFrom: IsoDate.nullable(),
  warnings: z.array(DeadlineWarningDto),
});
export type DeadlinePreview = z.infer<typeof DeadlinePreview>;
