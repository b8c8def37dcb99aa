import type { ImportDelimiter } from '../../shared/imports/fileTypes';

const CANDIDATES: readonly ImportDelimiter[] = [';', ',', '\t'];

/**
 * Field counts of the first records of LF-separated text, quote-aware: a quote opening a field runs to
 * its closing quote (`""` inside is an escaped quote), so delimiters and line breaks inside quoted
 * fields are not counted. Blank lines are skipped.
 */
export const fieldCounts = (text: string, delimiter: string, maxRecords = 200): number[] => {
  const counts: number[] = [];
  let fields = 1;
  let inQuotes = false;
  let fieldStart = true;
  let blank = true;
  for (let i = 0; i < text.length && counts.length < maxRecords; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      }
    } else if (ch === '\n') {
      if (!blank) counts.push(fields);
      fields = 1;
      fieldStart = true;
      blank = true;
    } else if (ch === delimiter) {
      fields++;
      fieldStart = true;
      blank = false;
    } else if (ch === '"' && fieldStart) {
      inQuotes = true;
      fieldStart = false;
      blank = false;
    } else {
      fieldStart = false;
      if (ch !== ' ' && ch !== '\t') blank = false;
    }
  }
  if (!blank && !inQuotes && counts.length < maxRecords) counts.push(fields);
  return counts;
};

/** Rows sharing the most common field count, times the columns that count gives; 0 for one column. */
const consistency = (counts: readonly number[]): number => {
  const freq = new Map<number, number>();
  for (const n of counts) freq.set(n, (freq.get(n) ?? 0) + 1);
  let best = 0;
  for (const [n, rows] of freq) if (n > 1) best = Math.max(best, rows * (n - 1));
  return best;
};

/**
 * The delimiter among `;` `,` and tab that splits the sample into the most rows of the same width.
 * Weighting by width keeps a `;` file whose addresses all contain one comma from passing for `,`.
 * Ties go to `;` then `,` (the usual order in RU/KZ/KG exports); a one-column sample gives `,`.
 */
export const detectDelimiter = (text: string): ImportDelimiter => {
  let best: ImportDelimiter = ',';
  let bestScore = 0;
  for (const candidate of CANDIDATES) {
    const score = consistency(fieldCounts(text, candidate));
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
};
