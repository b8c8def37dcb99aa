import { z } from 'zod';
import { Id, optionalText, type Jurisdiction } from './common';
import { CorrespondenceKind } from './correspondence';
import { numberFormatError } from '../correspondence/numbering';

/** IANA zones of the organisations' countries: legal dates and 24:00 of a last day are local. */
export const DEFAULT_TIME_ZONES: Record<Jurisdiction, string> = {
  KG: 'Asia/Bishkek',
  KZ: 'Asia/Almaty',
  RU: 'Europe/Moscow',
};

export const DEFAULT_INCOMING_FORMAT = '{seq}-{kind}/{yyyy}';
export const DEFAULT_OUTGOING_FORMAT = 'Исх-{seq}/{yyyy}';

/** {kind} codes in numbers: П — претензия, З — запрос / заявление субъекта, Р — регулятор, О — иное. */
export const DEFAULT_KIND_CODES: Record<CorrespondenceKind, string> = {
  claim: 'П',
  access: 'З',
  correction: 'З',
  blocking: 'З',
  deletion: 'З',
  consentWithdrawal: 'З',
  objection: 'З',
  regulatorRequest: 'Р',
  other: 'О',
};

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const numberFormat = z
  .string()
  .trim()
  .superRefine((format, ctx) => {
    const problem = numberFormatError(format);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const kindCode = z
  .string()
  .trim()
  .max(10, { error: 'validation.tooLong' })
  .regex(/^[\p{L}\p{N}.-]*$/u, { error: 'validation.numbering.kindCode' });

export const CorrespondenceSettingsData = z.object({
  /** Incoming numbers, per organisation and year: tokens {seq} {seq:N} {yyyy} {yy} {mm} {kind}. */
  incomingFormat: numberFormat.default(DEFAULT_INCOMING_FORMAT),
  /** Outgoing numbers (answers), numbered separately from incoming ones. */
  outgoingFormat: numberFormat.default(DEFAULT_OUTGOING_FORMAT),
  kindCodes: z.object(
    Object.fromEntries(CorrespondenceKind.options.map((k) => [k, kindCode])) as Record<
      CorrespondenceKind,
      typeof kindCode
    >,
  ),
  timeZone: z.string().trim().refine(isTimeZone, { error: 'validation.timeZone' }),
  /** Signature block of answers (position, name); defaults to the organisation's responsible person. */
  signatoryPosition: optionalText(200),
  signatoryName: optionalText(200),
  /** «Исполнитель» at the bottom of answers: name and contact (phone or e-mail). */
  executorName: optionalText(200),
  executorContact: optionalText(200),
  /** KG has no statutory breach-notice period: the internal target in hours (rule kg.breachNotice.internal). */
  kgBreachTargetHours: z.number().int().min(1).max(720).default(72),
  /** The organisation also follows GDPR art. 33 (rule any.breachNotice.gdpr). */
  gdprOptIn: z.boolean().default(false),
});
export type CorrespondenceSettingsInput = z.input<typeof CorrespondenceSettingsData>;
export type CorrespondenceSettingsValues = z.output<typeof CorrespondenceSettingsData>;

export const CorrespondenceSettings = CorrespondenceSettingsData.extend({
  organisationId: Id,
  /** False until saved once: the values shown are the defaults. */
  saved: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type CorrespondenceSettings = z.infer<typeof CorrespondenceSettings>;

export const CorrespondenceSettingsQuery = z.object({ organisationId: Id });
export const CorrespondenceSettingsUpdate = z.object({
  organisationId: Id,
  data: CorrespondenceSettingsData,
  /** The `updatedAt` the form was loaded with (null: never saved); a save over a newer version is refused. */
  expectedUpdatedAt: z.string().max(40).nullable().optional(),
});
