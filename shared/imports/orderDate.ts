const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

const DATE_TIME =
  /^(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})\.(\d{1,2})\.(\d{4}))(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT)?$/i;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
/** Days of a month (1–12) of the Gregorian calendar. */
const daysInMonth = (year: number, month: number): number =>
  month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);

/**
 * Order date from the usual export formats -> ISO local `YYYY-MM-DDTHH:mm:ss`, or `YYYY-MM-DD` when the
 * cell holds a date only:
 * `2025-01-15 10:22:33 +0600` (Shopify), `2025-01-15 10:22:33` (WooCommerce, OpenCart),
 * `15.01.2025 10:22:33` / `15.01.2025` (1C-Bitrix), `2025-01-15T10:22:33` (our XLSX cells).
 * A UTC offset is dropped: the time stays the shop's wall-clock time as exported, because the ledger
 * needs the calendar day the data was handed over, not an instant. Returns null when not a real date.
 */
export const parseOrderDate = (value: string): string | null => {
  const m = DATE_TIME.exec(value.trim());
  if (m === null) return null;
  const year = Number(m[1] ?? m[6]);
  const month = Number(m[2] ?? m[5]);
  const day = Number(m[3] ?? m[4]);
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return null;
  }
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (m[7] === undefined) return date;
  const [hour, minute, second] = [Number(m[7]), Number(m[8]), Number(m[9] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return null;
  return `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
};
