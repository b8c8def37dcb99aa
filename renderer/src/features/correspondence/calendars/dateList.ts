import { isValidIsoDate } from '../../../../../shared/domain/common';
import { formatDateRu } from '../../../../../shared/format/date';

const pad = (n: string) => n.padStart(2, '0');

/**
 * Dates typed as «01.05.2026», «1.5» (the calendar's year) or «2026-05-01», separated by commas,
 * semicolons, spaces or new lines. Returns the ISO dates in order and the pieces that are not dates.
 */
export const parseDateList = (text: string, year: number): { dates: string[]; invalid: string[] } => {
  const dates: string[] = [];
  const invalid: string[] = [];
  for (const token of text.split(/[\s,;]+/).filter((s) => s !== '')) {
    const ru = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{4}))?$/.exec(token);
    const iso = ru ? `${ru[3] ?? year}-${pad(ru[2] ?? '')}-${pad(ru[1] ?? '')}` : token;
    if (isValidIsoDate(iso)) dates.push(iso);
    else invalid.push(token);
  }
  return { dates, invalid };
};

export const formatDateList = (dates: readonly string[]): string =>
  [...dates].sort().map(formatDateRu).join(', ');

export type DateListName = 'daysOff' | 'workingWeekends' | 'shortDays' | 'verifyDates';

const weekend = (date: string) => {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
};

/**
 * The dates of a list that the correction schema will refuse, to name them next to the message
 * (the schema says what is wrong; this says where).
 */
export const problemDates = (
  name: DateListName,
  text: string,
  year: number,
  daysOffText: string,
): string[] => {
  const { dates, invalid } = parseDateList(text, year);
  const daysOff = parseDateList(daysOffText, year).dates;
  const bad = dates.filter(
    (d, i) =>
      Number(d.slice(0, 4)) !== year ||
      dates.indexOf(d) !== i ||
      (name === 'daysOff' && weekend(d)) ||
      (name === 'workingWeekends' && !weekend(d)) ||
      (name === 'shortDays' && daysOff.includes(d)),
  );
  return [...invalid, ...bad.map(formatDateRu)];
};
