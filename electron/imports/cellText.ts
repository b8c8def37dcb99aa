import type { CellValue } from 'exceljs';

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A date cell -> ISO text. Excel dates carry no time zone; exceljs hands them over as UTC instants of
 * the wall-clock time, so the UTC fields are the time as typed. Midnight gives a date only.
 */
const dateText = (d: Date): string => {
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return time === '00:00:00' ? date : `${date}T${time}`;
};

/** Integers in full (phone numbers stored as numbers), fractions without binary float noise. */
const numberText = (n: number): string => {
  if (!Number.isFinite(n)) return '';
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0);
  return String(Number(n.toPrecision(15)));
};

/** Any exceljs cell value -> the text a CSV export of the sheet would hold. Formulas give their result. */
export const cellText = (value: CellValue): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : dateText(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result ?? null);
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text);
  return ''; // an error value such as #N/A holds no data
};
