/**
 * Dates and times as the officer types them: DD.MM.YYYY and 24-hour HH:MM, whatever the language
 * of the operating system. Values travel as YYYY-MM-DD and YYYY-MM-DDTHH:MM (the forms' schemas).
 */

const pad = (n: number) => String(n).padStart(2, '0');

const isRealDate = (year: number, month: number, day: number): boolean => {
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
};

/** YYYY-MM-DD -> DD.MM.YYYY; anything else unchanged (so a half-typed value stays as typed). */
export const isoDateToText = (iso: string): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
};

/**
 * Typed text -> YYYY-MM-DD, or null when it is not a real date. Accepts 5.3.2025, 05.03.2025,
 * 05/03/2025, 05-03-2025, 05032025 and a two-digit year (25 -> 2025); the day always comes first.
 */
export const parseDateText = (text: string): string | null => {
  const trimmed = text.trim();
  let m = /^(\d{1,2})[./\-\s](\d{1,2})[./\-\s](\d{2}|\d{4})$/.exec(trimmed);
  m ??= /^(\d{2})(\d{2})(\d{4})$/.exec(trimmed);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const yearText = m[3] ?? '';
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  if (!isRealDate(year, month, day)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
};

/** Typed text -> HH:MM (24-hour), or null. Accepts 9:05, 09:05, 09.05, 0905 and 9. */
export const parseTimeText = (text: string): string | null => {
  const trimmed = text.trim();
  const m = /^(\d{1,2})(?:[:.\s]?(\d{2}))?$/.exec(trimmed);
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  if (hour > 23 || minute > 59) return null;
  return `${pad(hour)}:${pad(minute)}`;
};

/** YYYY-MM-DD as a local Date at noon (safe from DST edges) for a calendar widget. */
export const isoDateToCalendar = (iso: string): Date | undefined => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12) : undefined;
};

/** A calendar widget's local Date -> YYYY-MM-DD. */
export const calendarToIsoDate = (date: Date): string =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** YYYY-MM-DDTHH:MM split into its date and time parts ('' where missing). */
export const splitDateTime = (value: string): { date: string; time: string } => {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
  return m ? { date: m[1] ?? '', time: m[2] ?? '' } : { date: '', time: '' };
};

/** True for a complete YYYY-MM-DD value (what a filter may send). */
export const isIsoDate = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value);
