/** Header text for comparison: case-, space-, underscore- and ё-insensitive, without BOM or a trailing colon. */
export const normaliseHeader = (header: string): string =>
  header
    .normalize('NFC')
    .replace(/[\uFEFF\u200B]/g, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s_\u00A0]+/g, ' ')
    .trim()
    .replace(/\s*[:*]$/, '');

/** 53-bit string hash (cyrb53): stable across runs and platforms, not cryptographic. */
const cyrb53 = (text: string): string => {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
};

/**
 * Identifies a header layout regardless of column order, case and spacing, so a saved mapping
 * profile can be offered again for the next export from the same shop. Empty headers are ignored.
 */
export const headerFingerprint = (headers: readonly string[]): string => {
  const names = [...new Set(headers.map(normaliseHeader).filter((h) => h !== ''))].sort();
  return `h1:${names.length}:${cyrb53(names.join('\u001F'))}`;
};

export interface DuplicateHeader {
  /** 1-based column number. */
  column: number;
  header: string;
  renamedTo: string;
}

/**
 * Header cells -> unique, trimmed names usable as record keys. An empty header becomes `#<column>`;
 * a repeated one gets ` (2)`, ` (3)`, ... (compared normalised, so `Phone` and `phone ` clash).
 */
export const uniqueHeaders = (
  cells: readonly string[],
): { headers: string[]; duplicates: DuplicateHeader[] } => {
  const seen = new Set<string>();
  const duplicates: DuplicateHeader[] = [];
  const headers = cells.map((cell, index) => {
    const base = cell.replace(/[\uFEFF\u200B]/g, '').trim() || `#${index + 1}`;
    let name = base;
    for (let n = 2; seen.has(normaliseHeader(name)); n++) name = `${base} (${n})`;
    if (name !== base) duplicates.push({ column: index + 1, header: base, renamedTo: name });
    seen.add(normaliseHeader(name));
    return name;
  });
  return { headers, duplicates };
};

/** Finds the file's header whose normalised text equals the given name's, if any. */
export const findHeader = (headers: readonly string[], name: string): string | undefined => {
  const wanted = normaliseHeader(name);
  return headers.find((h) => normaliseHeader(h) === wanted);
};
