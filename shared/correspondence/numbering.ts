/**
 * Registration numbers of incoming and outgoing correspondence. A format is text with tokens:
 *
 * | token     | value                                               | example (seq 7, 05.11.2026, claim) |
 * |-----------|-----------------------------------------------------|------------------------------------|
 * | `{seq}`   | sequence number within the organisation and year    | 7                                  |
 * | `{seq:N}` | the same, zero-padded to N digits (N = 1…9)         | `{seq:3}` → 007                    |
 * | `{yyyy}`  | year of registration                                | 2026                               |
 * | `{yy}`    | last two digits of the year                         | 26                                 |
 * | `{mm}`    | month of registration, two digits                   | 11                                 |
 * | `{kind}`  | code of the kind (settings; П claim, З request, …)  | П                                  |
 *
 * `{seq}` (or `{seq:N}`) is required. Defaults: incoming «{seq}-{kind}/{yyyy}» → «7-П/2026», outgoing
 * «Исх-{seq}/{yyyy}» → «Исх-7/2026». Sequences restart at 1 every calendar year, separately for
 * incoming and outgoing, and are assigned inside the registering transaction (no gaps, no duplicates).
 */

const TOKEN = /\{([^{}]*)\}/g;
const KNOWN = /^(seq(:[1-9])?|yyyy|yy|mm|kind)$/;
export const NUMBER_FORMAT_MAX_LENGTH = 60;

/** An i18n key when the format cannot be used, else null. */
export const numberFormatError = (format: string): string | null => {
  if (format.trim() === '') return 'validation.required';
  if (format.length > NUMBER_FORMAT_MAX_LENGTH) return 'validation.tooLong';
  const tokens = [...format.matchAll(TOKEN)].map((m) => m[1] ?? '');
  if (tokens.some((t) => !KNOWN.test(t))) return 'validation.numbering.unknownToken';
  const stripped = format.replace(TOKEN, '');
  if (/[{}]/.test(stripped)) return 'validation.numbering.unknownToken';
  if (!tokens.some((t) => t.startsWith('seq'))) return 'validation.numbering.noSeq';
  return null;
};

export interface NumberParts {
  seq: number;
  /** Registration date, YYYY-MM-DD. */
  date: string;
  kindCode: string;
}

/** The number for `parts` in `format` (assumed valid: see numberFormatError). */
export const formatRegistrationNumber = (format: string, parts: NumberParts): string =>
  format.replace(TOKEN, (whole, token: string) => {
    if (token === 'seq') return String(parts.seq);
    if (token.startsWith('seq:')) return String(parts.seq).padStart(Number(token.slice(4)), '0');
    if (token === 'yyyy') return parts.date.slice(0, 4);
    if (token === 'yy') return parts.date.slice(2, 4);
    if (token === 'mm') return parts.date.slice(5, 7);
    if (token === 'kind') return parts.kindCode;
    return whole;
  });
