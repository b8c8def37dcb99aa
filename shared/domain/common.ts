import { z } from 'zod';

/** Validation messages are i18n keys under `validation.*`; the renderer translates them. */
export const msg = {
  required: 'validation.required',
  tooLong: 'validation.tooLong',
  date: 'validation.date',
  email: 'validation.email',
  url: 'validation.url',
  choose: 'validation.choose',
  unstorable: 'validation.unstorableText',
} as const;

/**
 * Characters that cannot be kept as evidence: a lone UTF-16 surrogate (SQLite stores U+FFFD instead,
 * so the text read back differs from the text hashed into the audit trail), NUL (SQL functions and
 * search stop at it) and the other C0/C1 control characters except TAB, LF and CR (invisible, they
 * come from broken pastes and mis-decoded files). One rule for every user-entered string.
 */
const UNSTORABLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point of this rule
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isStorableText = (value: string): boolean => !UNSTORABLE.test(value);

/** Index of the first character that cannot be stored, or -1. */
export const firstUnstorableIndex = (value: string): number => value.search(UNSTORABLE);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text exactly as SQLite will store it: every lone surrogate becomes U+FFFD (String#toWellFormed). */
export const wellFormed = (value: string): string => value.replace(LONE_SURROGATE, '\uFFFD');

/** Any string a person typed or pasted: refused when it cannot round-trip through SQLite. */
export const storableText = () => z.string().refine(isStorableText, { error: msg.unstorable });

export const Id = z.number().int().positive();

export const requiredText = (max = 500) =>
  z
    .string({ error: msg.required })
    .refine(isStorableText, { error: msg.unstorable })
    .trim()
    .min(1, { error: msg.required })
    .max(max, { error: msg.tooLong });

export const optionalText = (max = 2000) =>
  z
    .string()
    .refine(isStorableText, { error: msg.unstorable })
    .trim()
    .max(max, { error: msg.tooLong })
    .default('');

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A legal (local) calendar date, stored as YYYY-MM-DD. */
export const isValidIsoDate = (value: string): boolean => {
  if (!ISO_DATE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?(Z|[+-](\d{2}):(\d{2}))$/;

/**
 * A strict ISO 8601 instant: a real calendar date, hours 00–23, minutes and seconds 00–59, an offset
 * within ±18:00. JavaScript's Date would move `2026-02-30T10:00Z` to 2 March and `24:00` to the next
 * day (even the next year): such a value is refused, never moved.
 */
export const isStrictInstant = (value: string): boolean => {
  const m = INSTANT.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s, , zone, oh, om] = m;
  if (!isValidIsoDate(`${y}-${mo}-${d}`)) return false;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return false;
  if (zone !== 'Z' && (Number(oh) > 18 || Number(om) > 59)) return false;
  return !Number.isNaN(Date.parse(value));
};

/** An instant as typed or sent (strict, see isStrictInstant), normalised to UTC `…Z`. */
export const Instant = z
  .string()
  .trim()
  .refine(isStrictInstant, { error: msg.date })
  .transform((v) => new Date(v).toISOString());

/** Empty string means "not set". */
export const optionalInstant = z
  .string()
  .trim()
  .refine((v) => v === '' || isStrictInstant(v), { error: msg.date })
  .transform((v) => (v === '' ? '' : new Date(v).toISOString()))
  .default('');

export const IsoDate = z.string().refine(isValidIsoDate, { error: msg.date });

/** Empty string means "not set"; stored as NULL. */
export const optionalIsoDate = z
  .string()
  .trim()
  .refine((v) => v === '' || isValidIsoDate(v), { error: msg.date })
  .default('');

export const optionalEmail = z
  .string()
  .trim()
  .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), { error: msg.email })
  .default('');

export const optionalUrl = z
  .string()
  .trim()
  .refine((v) => v === '' || /^https?:\/\/[^\s]+$/i.test(v), { error: msg.url })
  .default('');

export const Jurisdiction = z.enum(['KG', 'KZ', 'RU']);
export type Jurisdiction = z.infer<typeof Jurisdiction>;

/** ISO 3166-1 alpha-2 code. */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, { error: msg.choose });

export const Timestamps = z.object({
  createdAt: z.string(),
  updatedAt: z.string(),
  archivedAt: z.string().nullable(),
});

export const Page = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    offset: z.number().int(),
    limit: z.number().int(),
  });
export interface PageOf<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

export const ById = z.object({ id: Id });
export const Empty = z.object({}).strict().optional().default({});
export const Void = z.null();

/**
 * A `when` guard for object-level refinements that should run even when some fields failed: only on
 * an object (a null or non-object payload must be refused by the schema, not crash the refinement).
 */
export const whenObject = (payload: { value: unknown }): boolean =>
  payload.value !== null && typeof payload.value === 'object';

/**
 * A `when` guard for object-level refinements: run the check as soon as the named fields are strings,
 * even if other fields failed, so the form shows every problem at once.
 */
export const whenStrings =
  (...keys: string[]) =>
  (payload: { value: unknown }): boolean => {
    const value = payload.value as Record<string, unknown> | null;
    return value !== null && typeof value === 'object' && keys.every((k) => typeof value[k] === 'string');
  };
