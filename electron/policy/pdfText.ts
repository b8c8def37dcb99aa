import { PolicyFileError } from './policyFileError';

interface TextItem {
  str: string;
  hasEOL: boolean;
  transform: number[];
}

/** «Страница 2 из 5», «- 3 -», «3»: page furniture, not policy text. */
const PAGE_NUMBER =
  /^(?:(?:страница|стр\.|бет|page)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:из|of|\/)\s*\d{1,4})?$/i;

const pageLines = (items: readonly TextItem[]): string[] => {
  const lines: string[] = [''];
  let lastY: number | null = null;
  for (const item of items) {
    const y = item.transform[5] ?? 0;
    if (lastY !== null && Math.abs(y - lastY) > 2 && (lines[lines.length - 1] ?? '') !== '') lines.push('');
    lines[lines.length - 1] += item.str;
    if (item.hasEOL) lines.push('');
    lastY = y;
  }
  return lines.map((l) => l.replace(/\s+$/, '')).filter((l, i, all) => l !== '' || all[i - 1] !== '');
};

/**
 * The text layer of a PDF (pdf.js through unpdf, no worker thread, no network). Lines keep the
 * printed line breaks; page numbers and a header or footer repeated on most pages are dropped. A
 * scan without a text layer is refused rather than returned empty.
 */
export const pdfTextOf = async (bytes: Uint8Array): Promise<string> => {
  const { getDocumentProxy } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), {
      useSystemFonts: false,
      disableFontFace: true,
      verbosity: 0,
    });
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordException') throw new PolicyFileError('encrypted');
    throw new PolicyFileError('damaged');
  }
  const pages: string[][] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    pages.push(pageLines(content.items.filter((i) => 'str' in i) as TextItem[]));
  }
  await pdf.cleanup();
  const counts = new Map<string, number>();
  for (const lines of pages)
    for (const l of new Set(lines)) if (l.trim()) counts.set(l.trim(), (counts.get(l.trim()) ?? 0) + 1);
  const repeated = (line: string) =>
    pages.length >= 3 && (counts.get(line.trim()) ?? 0) >= Math.ceil(pages.length * 0.6);
  const text = pages
    .map((lines) => lines.filter((l) => !PAGE_NUMBER.test(l.trim()) && !repeated(l)).join('\n'))
    .join('\n')
    .trim();
  if (text.replace(/\s/g, '').length < 20) throw new PolicyFileError('noTextLayer');
  return text;
};
